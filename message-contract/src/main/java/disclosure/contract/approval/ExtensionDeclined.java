package disclosure.contract.approval;

import disclosure.contract.ApplicationEvent;

import java.time.Instant;

/**
 * 未批准延期申请: {@code by} (the 负责人) declined the request of {@code requestedBy}; the period stays as it was and the
 * 承办人 may ask again while it may still be extended. Deciding is not handling: the case stays with its 承办人.
 */
public record ExtensionDeclined(
        String applicationId,
        String requestedBy,
        int workingDays,
        String reason,
        String by,
        Instant at) implements ApplicationEvent {
    @Override
    public boolean actsOnCase() {
        return false;
    }
}
