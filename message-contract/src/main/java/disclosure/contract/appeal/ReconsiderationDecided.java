package disclosure.contract.appeal;

import disclosure.contract.ApplicationEvent;
import disclosure.statute.appeal.AppealResult;
import java.time.Instant;
import java.time.LocalDate;

/** 行政复议已审结; {@code result} decides the column of table 四. */
public record ReconsiderationDecided(
        String applicationId,
        String appealId,
        AppealResult result,
        LocalDate decidedOn,
        String details,
        String by,
        Instant at) implements ApplicationEvent {
}
