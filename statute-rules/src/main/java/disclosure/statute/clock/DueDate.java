package disclosure.statute.clock;

import java.time.LocalDate;

/**
 * A statutory due date, or why there is none: the clock is not counting ({@link Status#SUSPENDED}), or
 * counting reached a year whose calendar is not loaded ({@link Status#CALENDAR_MISSING}), never a guess.
 */
public record DueDate(Status status, LocalDate date, Integer missingCalendarYear) {

    public enum Status { KNOWN, SUSPENDED, CALENDAR_MISSING }

    public static DueDate known(LocalDate date) {
        return new DueDate(Status.KNOWN, date, null);
    }

    public static DueDate suspended() {
        return new DueDate(Status.SUSPENDED, null, null);
    }

    public static DueDate calendarMissing(int year) {
        return new DueDate(Status.CALENDAR_MISSING, null, year);
    }

    public boolean isKnown() {
        return status == Status.KNOWN;
    }
}
