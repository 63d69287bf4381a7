package disclosure.statute.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * What the statutory clock says of one application on one day.
 *
 * @param receiptDate           收到申请之日 in force (after corrections)
 * @param supplementNoticeDue   last day a 补正 notice may go out: 7 working days after receipt (Art 30)
 * @param phase                 whether the answer clock is counting
 * @param supplementDueDate     the applicant's 补正 due date while awaiting a supplement, else null
 * @param answerDue             the answer due date, or why there is none
 * @param periodWorkingDays     the answer period in working days: 20 plus any extension
 * @param pausedSince           the day the current pause started, while paused, else null
 * @param workingDaysUsed       working days of the period used up to and including {@code today}; null while
 *                              awaiting a supplement or if the calendar is missing
 * @param workingDaysLeft       working days from {@code today} (exclusive) to the due date (inclusive);
 *                              negative when overdue; null when unknown
 * @param trace                 how the due dates were derived, step by step
 */
public record ClockReading(
        LocalDate receiptDate,
        DueDate supplementNoticeDue,
        ClockPhase phase,
        LocalDate supplementDueDate,
        DueDate answerDue,
        int periodWorkingDays,
        LocalDate pausedSince,
        Integer workingDaysUsed,
        Integer workingDaysLeft,
        List<ClockStep> trace) {
}
