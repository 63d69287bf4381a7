package disclosure.contract.intake;

import disclosure.contract.ApplicationEvent;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 申请已登记. {@code receiptDate} is the legal 收到申请之日 derived under Art 31 from the channel and its dates;
 * {@code caseNumber} is unique per agency and receipt year (e.g. {@code 2024-0007}) and never reused.
 */
public record ApplicationReceived(
        String applicationId,
        String agency,
        String caseNumber,
        Channel channel,
        ChannelDates channelDates,
        LocalDate receiptDate,
        ApplicantCategory category,
        Applicant applicant,
        String requestedInformation,
        DeliveryForm deliveryForm,
        String by,
        Instant at) implements ApplicationEvent {
}
