package disclosure.contract.approval;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * 批准延期申请: the 负责人 approves the pending request, which extends the answer period by the working days asked for.
 *
 * @param decidedOn  the day of the approval (the extension's decision date)
 * @param approvedBy the approving 负责人 as the extension names them (their name)
 */
public record ApproveExtension(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate decidedOn,
        String approvedBy,
        String by) {
}
