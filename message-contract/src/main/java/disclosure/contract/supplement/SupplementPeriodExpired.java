package disclosure.contract.supplement;

import disclosure.contract.closing.ApplicationClosed;
import disclosure.statute.outcome.Outcome;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 逾期未补正，视为放弃申请 (Art 30): recorded by the system the day after the supplement due date passed;
 * closes the application as 6.1.
 */
public record SupplementPeriodExpired(
        String applicationId,
        LocalDate supplementDueDate,
        LocalDate closedOn,
        String by,
        Instant at) implements ApplicationClosed {

    @Override
    public Outcome outcome() {
        return Outcome.OTHER_SUPPLEMENT_OVERDUE;
    }
}
