package disclosure.contract.approval;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * 申请延长答复期限: the 承办人 asks the 负责人 to extend the answer period (条例第三十三条: once, at most 20 working
 * days, with the approval of the head of the 政府信息公开工作机构).
 */
public record RequestExtension(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        int workingDays,
        String reason,
        String by) {
}
