package disclosure.contract.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.time.LocalDate;

/** 确定延迟答复期限, 条例 Art 35: after reasons were asked for and found reasonable. */
public record SetDelayedAnswerDate(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate answerBy,
        LocalDate decidedOn,
        String reason,
        String by) {
}
