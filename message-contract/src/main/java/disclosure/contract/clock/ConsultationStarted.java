package disclosure.contract.clock;

import disclosure.contract.ApplicationEvent;
import java.time.Instant;
import java.time.LocalDate;

/** 已发出征求意见函; the consulted party has 15 working days ({@code replyDueDate}, null if the calendar is missing). */
public record ConsultationStarted(
        String applicationId,
        String consultationId,
        ConsultationKind kind,
        String consultedParty,
        LocalDate sentOn,
        LocalDate replyDueDate,
        String by,
        Instant at) implements ApplicationEvent {
}
