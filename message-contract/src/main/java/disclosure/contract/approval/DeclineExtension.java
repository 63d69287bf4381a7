package disclosure.contract.approval;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** 不批准延期申请: the 负责人 declines the pending request, saying why. */
public record DeclineExtension(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        String reason,
        String by) {
}
