package disclosure.contract.approval;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** 退回: the 负责人 returns the draft answer to the 承办人, saying why. */
public record ReturnAnswer(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        String reason,
        String by) {
}
