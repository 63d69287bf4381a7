package disclosure.statute.clock;

import java.time.LocalDate;

/** How counting the answer period from its anchor ended. */
sealed interface PeriodCount {

    /** The period's last working day was reached. */
    record Reached(LocalDate dueDate) implements PeriodCount {}

    /** An open pause stopped the count before the period was used up. */
    record Blocked() implements PeriodCount {}

    /** The count ran into a year with no calendar data. */
    record CalendarMissing(int year) implements PeriodCount {}
}
