package disclosure.contract.closing;

import disclosure.statute.outcome.Outcome;
import java.time.Instant;
import java.time.LocalDate;

/** 申请已撤回: closes the application as 6.3. */
public record ApplicationWithdrawn(
        String applicationId,
        LocalDate withdrawnOn,
        String reason,
        String by,
        Instant at) implements ApplicationClosed {

    @Override
    public Outcome outcome() {
        return Outcome.OTHER;
    }

    @Override
    public LocalDate closedOn() {
        return withdrawnOn;
    }
}
