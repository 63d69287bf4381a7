package disclosure.contract.correction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import disclosure.statute.outcome.Outcome;

/** 更正办理结果: moves a closed application to its right row of table 三. */
public record CorrectOutcome(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        Outcome outcome,
        String legalBasis,
        String reason,
        String by) {
}
