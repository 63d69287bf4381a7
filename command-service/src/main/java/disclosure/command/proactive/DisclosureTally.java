package disclosure.command.proactive;

import disclosure.command.application.Rule;
import disclosure.command.application.RuleViolation;
import disclosure.contract.proactive.RecordTally;
import disclosure.contract.proactive.TallyRecorded;
import disclosure.statute.LegalTime;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 主动公开统计数 (table 二): one agency's figure of one item (行政许可 / 行政处罚 / 行政强制 decisions, or
 * 行政事业性收费 in 元) for one calendar month. Recording it again with the same figure records nothing; with another
 * figure it records the correction, with the figure it replaces.
 */
@Aggregate
public class DisclosureTally {
    @AggregateIdentifier
    private String tallyId;
    private BigDecimal value;

    protected DisclosureTally() {
        // for Axon: the aggregate is rebuilt from its events, or created by the first figure
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordTally command, Clock clock) {
        BigDecimal given = command.value();
        boolean wholeNumber = given.stripTrailingZeros().scale() <= 0;
        if (given.signum() < 0 || (command.item().isAmount() ? given.stripTrailingZeros().scale() > 2 : !wholeNumber)) {
            throw new RuleViolation(Rule.TALLY_VALUE_INVALID, command.item().label() + "的取值" + given.toPlainString()
                    + (command.item().isAmount() ? "不是不超过两位小数的非负金额" : "不是非负整数"),
                    given.toPlainString() + " is not a valid " + (command.item().isAmount() ? "amount" : "count"));
        }
        YearMonth thisMonth = YearMonth.from(LegalTime.today(clock));
        if (command.month().isAfter(thisMonth)) {
            throw new RuleViolation(Rule.DATE_IN_FUTURE, "月份" + command.month() + "晚于本月（" + thisMonth + "）",
                    command.month() + " is after this month (" + thisMonth + ")");
        }
        if (value != null && value.compareTo(given) == 0) {
            return;
        }
        apply(new TallyRecorded(command.tallyId(), command.agency(), command.item(), command.month(), given, value,
                command.reason(), command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(TallyRecorded event) {
        tallyId = event.tallyId();
        value = event.value();
    }
}
