package disclosure.contract.intake;

import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;

/** 登记申请: intake staff log an application that reached the agency. */
public record ReceiveApplication(
        String applicationId,
        String agency,
        Channel channel,
        ChannelDates channelDates,
        ApplicantCategory category,
        Applicant applicant,
        String requestedInformation,
        DeliveryForm deliveryForm,
        String by) {
}
