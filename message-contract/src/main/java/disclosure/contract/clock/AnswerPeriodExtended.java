package disclosure.contract.clock;

import disclosure.contract.ApplicationEvent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 已延长答复期限 (Art 33); the applicant is notified. Recorded by the 负责人 who approved it, directly or by approving a
 * 承办人's request ({@link disclosure.contract.approval.ExtensionApproved}): approving is not handling, so the case
 * stays with its 承办人.
 */
public record AnswerPeriodExtended(
        String applicationId,
        int workingDays,
        String approvedBy,
        LocalDate decidedOn,
        String reason,
        String by,
        Instant at) implements ApplicationEvent {
    @Override
    public boolean actsOnCase() {
        return false;
    }
}
