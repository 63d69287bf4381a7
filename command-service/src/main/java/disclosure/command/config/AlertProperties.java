package disclosure.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * 预警设置, under {@code disclosure.alerts}: when alerts fire and how many working days ahead they warn.
 *
 * @param hour                     the hour (Beijing time) at which the alerts of a working day are recorded
 * @param answerDueSoon            warn this many working days before the answer due date (default 5 and 1)
 * @param supplementNoticeClosing  warn this many working days before the 补正 notice window closes (default 2)
 * @param appealReplyDueSoon       warn this many working days before the agency's reply in a 复议 or lawsuit is due
 *                                 (default 3 and 1), where its due date was recorded
 * @param agencies                 per agency (by name), its own {@code answer-due-soon},
 *                                 {@code supplement-notice-closing} and {@code appeal-reply-due-soon}
 */
@ConfigurationProperties("disclosure.alerts")
public record AlertProperties(Integer hour, List<Integer> answerDueSoon, List<Integer> supplementNoticeClosing,
                              List<Integer> appealReplyDueSoon, Map<String, Agency> agencies) {

    /** One agency's own lead times; a missing list falls back to the installation's. */
    public record Agency(List<Integer> answerDueSoon, List<Integer> supplementNoticeClosing,
                         List<Integer> appealReplyDueSoon) {}

    public AlertProperties {
        hour = hour == null ? 8 : hour;
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("disclosure.alerts.hour 应为 0–23 / must be 0–23, not " + hour);
        }
        answerDueSoon = answerDueSoon == null ? List.of(5, 1) : List.copyOf(answerDueSoon);
        supplementNoticeClosing = supplementNoticeClosing == null ? List.of(2) : List.copyOf(supplementNoticeClosing);
        appealReplyDueSoon = appealReplyDueSoon == null ? List.of(3, 1) : List.copyOf(appealReplyDueSoon);
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
    }
}
