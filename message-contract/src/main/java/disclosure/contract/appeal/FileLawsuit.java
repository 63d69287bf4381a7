package disclosure.contract.appeal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.time.LocalDate;

/** 行政诉讼已立案: directly, or after the 复议 {@code reconsiderationId}. */
public record FileLawsuit(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        String appealId,
        LocalDate filedOn,
        String court,
        String reconsiderationId,
        String by) {
}
