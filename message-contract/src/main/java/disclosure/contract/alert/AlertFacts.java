package disclosure.contract.alert;

import disclosure.contract.ApplicationEvent;
import disclosure.contract.fee.FeePaymentExpired;
import disclosure.contract.supplement.SupplementPeriodExpired;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an event says as a 预警, for the inbox and the alert topic: the {@link Alert}s, and the closings the system
 * records by itself when the 补正 (6.1) or fee (6.2) period ran out — staff must learn that the application closed.
 * The same expiry recorded by staff (or a ledger import) is not an alert: they know.
 *
 * @param kind            what kind of alert
 * @param dueDate         the deadline it is about (for a closing: the period that ran out)
 * @param workingDaysLeft working days left to {@code dueDate} when it fired; null where that does not apply
 *                        (overdue, closed)
 * @param appealId        the appeal, for {@link AlertKind#APPEAL_REPLY_DUE_SOON}; otherwise null
 */
public record AlertFacts(AlertKind kind, LocalDate dueDate, Integer workingDaysLeft, String appealId) {

    public static Optional<AlertFacts> of(ApplicationEvent event) {
        if (event instanceof AnswerDueSoon e) {
            return Optional.of(new AlertFacts(e.kind(), e.deadline(), e.workingDaysLeft(), null));
        }
        if (event instanceof AnswerOverdue e) {
            return Optional.of(new AlertFacts(e.kind(), e.deadline(), null, null));
        }
        if (event instanceof SupplementNoticeWindowClosing e) {
            return Optional.of(new AlertFacts(e.kind(), e.deadline(), e.workingDaysLeft(), null));
        }
        if (event instanceof AppealReplyDueSoon e) {
            return Optional.of(new AlertFacts(e.kind(), e.deadline(), e.workingDaysLeft(), e.appealId()));
        }
        if (ApplicationEvent.SYSTEM.equals(event.by())) {
            if (event instanceof SupplementPeriodExpired e) {
                return Optional.of(new AlertFacts(AlertKind.SUPPLEMENT_PERIOD_EXPIRED, e.supplementDueDate(), null,
                        null));
            }
            if (event instanceof FeePaymentExpired e) {
                return Optional.of(new AlertFacts(AlertKind.FEE_PAYMENT_EXPIRED, e.paymentDueDate(), null, null));
            }
        }
        return Optional.empty();
    }
}
