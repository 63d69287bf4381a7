package disclosure.contract.correction;

import disclosure.contract.ApplicationEvent;
import disclosure.statute.outcome.Outcome;
import java.time.Instant;

/** 办理结果已更正. */
public record OutcomeCorrected(
        String applicationId,
        Outcome previous,
        Outcome corrected,
        String legalBasis,
        String reason,
        String by,
        Instant at) implements ApplicationEvent {
}
