package disclosure.contract.appeal;

import disclosure.contract.ApplicationEvent;
import disclosure.statute.appeal.AppealResult;
import java.time.Instant;
import java.time.LocalDate;

/** 行政诉讼已审结. */
public record LawsuitDecided(
        String applicationId,
        String appealId,
        AppealResult result,
        LocalDate decidedOn,
        String details,
        String by,
        Instant at) implements ApplicationEvent {
}
