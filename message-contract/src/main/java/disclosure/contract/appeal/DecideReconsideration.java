package disclosure.contract.appeal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import disclosure.statute.appeal.AppealResult;
import java.time.LocalDate;

/** 行政复议决定. */
public record DecideReconsideration(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        String appealId,
        AppealResult result,
        LocalDate decidedOn,
        String details,
        String by) {
}
