package disclosure.contract.approval;

import disclosure.contract.ApplicationEvent;
import disclosure.statute.outcome.Outcome;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 答复已提交签发: a draft answer waits for the 负责人. Nothing is answered yet: the application stays open and its
 * statutory clock runs on (alerts included) until the answer is signed off; the draft lapses if the application
 * closes otherwise.
 *
 * @param proposedAnswerDate the answer date the 承办人 proposed
 */
public record AnswerSubmittedForSignOff(
        String applicationId,
        Outcome outcome,
        String legalBasis,
        LocalDate proposedAnswerDate,
        String summary,
        String by,
        Instant at) implements ApplicationEvent {
}
