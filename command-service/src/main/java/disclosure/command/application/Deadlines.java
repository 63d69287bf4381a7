package disclosure.command.application;

import java.time.LocalDate;

/** The durable deadlines of an application, and what each carries so a stale one can recognise itself. */
final class Deadlines {
    /** 补正期限届满: fires the day after the applicant's supplement due date. */
    static final String SUPPLEMENT_PERIOD = "supplement-period";
    /** 缴费期限届满: fires the day after the fee payment due date. */
    static final String FEE_PAYMENT_PERIOD = "fee-payment-period";

    /** 预警: fires at the alert hour of a working day. */
    static final String ALERT = "alert";
    /** 复议答复 / 应诉答辩期限临近: alerts about an appeal, planned apart from the answer clock's. */
    static final String APPEAL_REPLY_ALERT = "appeal-reply-alert";

    private Deadlines() {
    }

    /** @param dueDate the supplement due date this deadline was set for */
    record SupplementPeriod(LocalDate dueDate) {}

    /**
     * @param noticeIssuedOn the fee notice the deadline belongs to
     * @param dueDate        the payment due date, or null while its calendar year is not loaded (the deadline then
     *                       fires on 1 January of that year to try again)
     */
    record FeePaymentPeriod(LocalDate noticeIssuedOn, LocalDate dueDate) {}

    /**
     * @param kind            which alert
     * @param deadline        the deadline it warns about, as planned: if the clock has moved it since, the alert is stale
     * @param workingDaysLeft working days left to the deadline when it fires (0 for an overdue alert)
     * @param appealId        the appeal whose reply is due, for {@code APPEAL_REPLY_DUE_SOON}; otherwise null
     */
    record AlertDue(disclosure.contract.alert.AlertKind kind, LocalDate deadline, int workingDaysLeft,
                    String appealId) {
        AlertDue(disclosure.contract.alert.AlertKind kind, LocalDate deadline, int workingDaysLeft) {
            this(kind, deadline, workingDaysLeft, null);
        }
    }
}
