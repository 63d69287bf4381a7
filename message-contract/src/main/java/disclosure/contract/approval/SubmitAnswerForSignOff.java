package disclosure.contract.approval;

import disclosure.statute.outcome.Outcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * 提交签发: where the agency requires the 负责人's sign-off, the 承办人's answer (the fields of
 * {@link disclosure.contract.closing.RecordAnswer}) goes to the 负责人 as a draft.
 *
 * @param answeredOn the answer date the draft proposes; the answer is dated by its sign-off ({@link SignOffAnswer})
 */
public record SubmitAnswerForSignOff(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        Outcome outcome,
        String legalBasis,
        LocalDate answeredOn,
        String summary,
        String by) {
}
