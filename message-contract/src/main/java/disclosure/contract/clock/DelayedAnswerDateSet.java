package disclosure.contract.clock;

import disclosure.contract.ApplicationEvent;
import java.time.Instant;
import java.time.LocalDate;

/** 已确定延迟答复期限 (Art 35): the answer is due on {@code answerBy}. */
public record DelayedAnswerDateSet(
        String applicationId,
        LocalDate answerBy,
        LocalDate decidedOn,
        String reason,
        String by,
        Instant at) implements ApplicationEvent {
}
