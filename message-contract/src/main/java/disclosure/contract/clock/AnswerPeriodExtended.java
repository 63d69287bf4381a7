package disclosure.contract.clock;

import disclosure.contract.ApplicationEvent;
import java.time.Instant;
import java.time.LocalDate;

/** 已延长答复期限 (Art 33); the applicant is notified. */
public record AnswerPeriodExtended(
        String applicationId,
        int workingDays,
        String approvedBy,
        LocalDate decidedOn,
        String reason,
        String by,
        Instant at) implements ApplicationEvent {
}
