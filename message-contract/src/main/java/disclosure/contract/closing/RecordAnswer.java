package disclosure.contract.closing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import disclosure.statute.outcome.Outcome;
import java.time.LocalDate;

/** 答复, 条例 Art 36–39: the decision, its row of table 三, its legal basis and the day it was given. */
public record RecordAnswer(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        Outcome outcome,
        String legalBasis,
        LocalDate answeredOn,
        String summary,
        String by) {
}
