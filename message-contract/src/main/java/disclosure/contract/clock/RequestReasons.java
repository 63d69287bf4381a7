package disclosure.contract.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.time.LocalDate;

/** 要求申请人说明理由, 条例 Art 35: for requests unreasonable in quantity or frequency. */
public record RequestReasons(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate requestedOn,
        String note,
        String by) {
}
