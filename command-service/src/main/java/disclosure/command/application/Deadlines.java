package disclosure.command.application;

import java.time.LocalDate;

/** The durable deadlines of an application, and what each carries so a stale one can recognise itself. */
final class Deadlines {
    /** 补正期限届满: fires the day after the applicant's supplement due date. */
    static final String SUPPLEMENT_PERIOD = "supplement-period";
    /** 缴费期限届满: fires the day after the fee payment due date. */
    static final String FEE_PAYMENT_PERIOD = "fee-payment-period";

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
}
