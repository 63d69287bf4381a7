package disclosure.contract.closing;

import disclosure.statute.outcome.Outcome;
import disclosure.statute.clock.Timeliness;
import java.time.Instant;
import java.time.LocalDate;

/** 已答复: closes the application. {@code timeliness} says whether it came within the period that ended on {@code answerDueDate} (null if there was none). */
public record AnswerRecorded(
        String applicationId,
        Outcome outcome,
        String legalBasis,
        LocalDate answeredOn,
        String summary,
        LocalDate answerDueDate,
        Timeliness timeliness,
        String by,
        Instant at) implements ApplicationClosed {

    @Override
    public LocalDate closedOn() {
        return answeredOn;
    }
}
