package disclosure.contract.fee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.time.LocalDate;

/** 申请人已缴费. */
public record RecordFeePayment(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate paidOn,
        String by) {
}
