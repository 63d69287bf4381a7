package disclosure.contract.alert;

import java.time.Instant;
import java.time.LocalDate;

/** 答复期限临近: {@code workingDaysLeft} working days remain until the answer is due on {@code deadline}. */
public record AnswerDueSoon(String applicationId, LocalDate deadline, int workingDaysLeft, String by, Instant at)
        implements Alert {
    @Override
    public AlertKind kind() {
        return AlertKind.ANSWER_DUE_SOON;
    }
}
