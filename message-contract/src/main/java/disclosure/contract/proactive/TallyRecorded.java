package disclosure.contract.proactive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * 已登记统计数: the figure of {@code item} for {@code month} is now {@code value}; {@code previous} is what it was
 * (null the first time), so a correction shows what it replaced and why.
 */
public record TallyRecorded(
        String tallyId,
        String agency,
        TallyItem item,
        YearMonth month,
        BigDecimal value,
        BigDecimal previous,
        String reason,
        String by,
        Instant at) implements ProactiveDisclosureEvent {

    @Override
    public String applicationId() {
        return tallyId;
    }
}
