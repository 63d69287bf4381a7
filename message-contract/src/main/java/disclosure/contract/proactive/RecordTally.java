package disclosure.contract.proactive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * 登记主动公开统计数: one agency's figure of one {@link TallyItem} for one calendar month (a count of decisions,
 * or an amount in 元). Recording a month again replaces its figure.
 */
public record RecordTally(
        @TargetAggregateIdentifier String tallyId,
        String agency,
        TallyItem item,
        YearMonth month,
        BigDecimal value,
        String reason,
        String by) {
}
