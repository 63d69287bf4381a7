package disclosure.contract.alert;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 复议答复 / 应诉答辩期限临近: the agency's written reply to the 复议机关 (行政复议法 Art 48) or its defence to the court
 * (行政诉讼法 Art 67) in appeal {@code appealId} is due on {@code deadline}, {@code workingDaysLeft} working days on.
 */
public record AppealReplyDueSoon(String applicationId, String appealId, LocalDate deadline, int workingDaysLeft,
                                 String by, Instant at) implements Alert {
    @Override
    public AlertKind kind() {
        return AlertKind.APPEAL_REPLY_DUE_SOON;
    }
}
