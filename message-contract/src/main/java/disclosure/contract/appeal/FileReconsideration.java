package disclosure.contract.appeal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.time.LocalDate;

/** 行政复议申请已受理: the applicant appealed the answer to a 复议机关. */
public record FileReconsideration(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        String appealId,
        LocalDate filedOn,
        String reviewBody,
        String by) {
}
