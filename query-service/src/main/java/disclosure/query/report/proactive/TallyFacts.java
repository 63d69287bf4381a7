package disclosure.query.report.proactive;

import disclosure.contract.proactive.TallyItem;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One agency's current figure of one table 二 item for one month. */
public record TallyFacts(String tallyId, String agency, TallyItem item, YearMonth month, BigDecimal value) {
}
