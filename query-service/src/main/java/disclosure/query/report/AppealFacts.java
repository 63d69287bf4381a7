package disclosure.query.report;

import disclosure.statute.appeal.ResultClass;

import java.time.LocalDate;

/**
 * 复议或诉讼案件: one appeal against an answer, as table 四 needs it.
 *
 * @param decidedOn null while the case is open (尚未审结)
 * @param result    the table 四 column of the decision, null while open
 */
public record AppealFacts(String appealId, AppealTrack track, LocalDate filedOn, LocalDate decidedOn,
                          ResultClass result) {

    static AppealFacts filed(String appealId, AppealTrack track, LocalDate filedOn) {
        return new AppealFacts(appealId, track, filedOn, null, null);
    }

    AppealFacts decided(LocalDate on, ResultClass resultClass) {
        return new AppealFacts(appealId, track, filedOn, on, resultClass);
    }

    /** Counts in a result column of year {@code year}. */
    public boolean decidedIn(int year) {
        return decidedOn != null && result != null && decidedOn.getYear() == year;
    }

    /** Counts as 尚未审结 in year {@code year}: filed by 12-31 and not decided by then. */
    public boolean pendingAtEndOf(int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return filedOn != null && !filedOn.isAfter(yearEnd) && (decidedOn == null || decidedOn.isAfter(yearEnd));
    }
}
