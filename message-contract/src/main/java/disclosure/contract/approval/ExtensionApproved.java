package disclosure.contract.approval;

import disclosure.contract.ApplicationEvent;
import disclosure.contract.clock.AnswerPeriodExtended;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 已批准延期申请: {@code by} (the 负责人) approved the request of {@code requestedBy}. The extension itself is the
 * {@link AnswerPeriodExtended} recorded right after it, so the clock and the reports see an approved request exactly
 * as an extension recorded directly. Deciding is not handling: the case stays with its 承办人.
 */
public record ExtensionApproved(
        String applicationId,
        String requestedBy,
        int workingDays,
        LocalDate decidedOn,
        String by,
        Instant at) implements ApplicationEvent {
    @Override
    public boolean actsOnCase() {
        return false;
    }
}
