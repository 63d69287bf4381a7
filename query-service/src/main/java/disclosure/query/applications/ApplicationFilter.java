package disclosure.query.applications;

import disclosure.statute.intake.ApplicantCategory;

/**
 * The filters of the application list; every one is optional.
 *
 * @param status        {@code OPEN} or {@code CLOSED}
 * @param handler       the member of staff who last acted on it
 * @param dueWithin     open applications whose answer is due within this many working days from today
 * @param overdue       open applications past their answer due date
 * @param late          applications answered after their due date (逾期答复)
 * @param text          a case number, an applicant's name or words of the requested information (any part)
 * @param order         newest first (default), or most urgent first: open ones by answer due date, overdue first
 */
public record ApplicationFilter(String agency, Status status, String handler, ApplicantCategory category,
                                Integer receivedYear, Integer closedYear, Integer dueWithin, Boolean overdue,
                                Boolean late, String text, Order order) {
    public enum Status { OPEN, CLOSED }

    public enum Order { NEWEST, URGENCY }
}
