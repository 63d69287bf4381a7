package disclosure.contract.alert;

import java.time.Instant;
import java.time.LocalDate;

/** 答复已逾期: the answer was due on {@code deadline}, and the first working day after it began without one. */
public record AnswerOverdue(String applicationId, LocalDate deadline, String by, Instant at) implements Alert {
    @Override
    public AlertKind kind() {
        return AlertKind.ANSWER_OVERDUE;
    }
}
