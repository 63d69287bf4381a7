package disclosure.contract.alert;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One record of the alert topic ({@link #DEFAULT_TOPIC}), for the SMS, e-mail and 12345-hotline systems: key = the
 * application id, value = this record as JSON (ISO dates, the instant in UTC). It carries no personal data: no
 * applicant name, id number, phone, address or request text. Delivered at least once: a consumer recognises a
 * repeat by {@code alertId}.
 *
 * @param alertId         unique id of the alert (the id of the event that recorded it); acknowledge it with
 *                        {@code POST /api/applications/{applicationId}/alerts/{alertId}/acknowledge}
 * @param kind            {@link AlertKind} name, e.g. {@code ANSWER_DUE_SOON}
 * @param label           the kind as staff read it, e.g. 答复期限临近
 * @param applicationId   the application
 * @param caseNumber      案件编号 within the agency
 * @param agency          the agency that must act
 * @param handler         the staff member who last acted on the case (承办人), null if only the system has
 * @param dueDate         the deadline the alert is about (for a 6.1 / 6.2 closing, the period that ran out)
 * @param workingDaysLeft working days left to {@code dueDate} when it fired; null for overdue and closings
 * @param appealId        the appeal, for {@code APPEAL_REPLY_DUE_SOON}; otherwise null
 * @param firedAt         when the alert was recorded
 */
public record AlertMessage(String alertId, AlertKind kind, String label, String applicationId, String caseNumber,
                           String agency, String handler, LocalDate dueDate, Integer workingDaysLeft,
                           String appealId, Instant firedAt) {
    public static final String DEFAULT_TOPIC = "disclosure.alerts";
}
