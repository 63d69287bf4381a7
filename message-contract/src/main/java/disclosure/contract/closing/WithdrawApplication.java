package disclosure.contract.closing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.time.LocalDate;

/** 申请人撤回申请: closes the application as 6.3 其他. */
public record WithdrawApplication(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate withdrawnOn,
        String reason,
        String by) {
}
