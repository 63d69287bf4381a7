package disclosure.contract.alert;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 补正告知期限临近 (Art 30): a 补正 notice may go out until {@code deadline} (7 working days after receipt);
 * {@code workingDaysLeft} remain.
 */
public record SupplementNoticeWindowClosing(String applicationId, LocalDate deadline, int workingDaysLeft, String by,
                                            Instant at) implements Alert {
    @Override
    public AlertKind kind() {
        return AlertKind.SUPPLEMENT_NOTICE_WINDOW_CLOSING;
    }
}
