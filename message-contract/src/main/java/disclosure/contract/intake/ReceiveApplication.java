package disclosure.contract.intake;

import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;

/**
 * 登记申请: intake staff log an application that reached the agency. {@code caseNumber} is null at intake (the
 * next number is assigned); an import from an agency's 台账 gives the number the ledger already used.
 */
public record ReceiveApplication(
        String applicationId,
        String agency,
        String caseNumber,
        Channel channel,
        ChannelDates channelDates,
        ApplicantCategory category,
        Applicant applicant,
        String requestedInformation,
        DeliveryForm deliveryForm,
        String by) {
}
