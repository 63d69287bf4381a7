package disclosure.statute.calendar;

/** A date fell in a year whose 节假日安排 is not loaded: the answer is unknown, not guessed. */
public class CalendarYearUnknownException extends RuntimeException {
    private final int year;

    public CalendarYearUnknownException(int year) {
        super(year + "年的节假日安排尚未载入工作日历，无法计算工作日 / no working-day calendar loaded for " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
