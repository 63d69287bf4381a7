package disclosure.contract.approval;

import disclosure.contract.ApplicationEvent;

import java.time.Instant;

/**
 * 答复已退回: {@code by} (the 负责人) returned the draft of {@code draftedBy}, who may submit a new one. Deciding is not
 * handling: the case stays with its 承办人.
 */
public record AnswerReturned(
        String applicationId,
        String draftedBy,
        String reason,
        String by,
        Instant at) implements ApplicationEvent {
    @Override
    public boolean actsOnCase() {
        return false;
    }
}
