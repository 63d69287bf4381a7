package disclosure.contract.fee;

import disclosure.contract.closing.ApplicationClosed;
import disclosure.statute.outcome.Outcome;
import java.time.Instant;
import java.time.LocalDate;

/** 逾期未缴费，视为放弃申请 (109号): recorded by the system; closes the application as 6.2. */
public record FeePaymentExpired(
        String applicationId,
        LocalDate paymentDueDate,
        LocalDate closedOn,
        String by,
        Instant at) implements ApplicationClosed {

    @Override
    public Outcome outcome() {
        return Outcome.OTHER_FEE_UNPAID;
    }
}
