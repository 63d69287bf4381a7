package disclosure.contract.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.time.LocalDate;

/** 延长答复期限, 条例 Art 33: once, at most 20 working days, approved by the head of the 政府信息公开工作机构. */
public record ExtendAnswerPeriod(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        int workingDays,
        String approvedBy,
        LocalDate decidedOn,
        String reason,
        String by) {
}
