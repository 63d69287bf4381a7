package disclosure.contract.clock;

import disclosure.contract.ApplicationEvent;
import java.time.Instant;
import java.time.LocalDate;

/** 已要求申请人说明理由 (Art 35). */
public record ReasonsRequested(
        String applicationId,
        LocalDate requestedOn,
        String note,
        String by,
        Instant at) implements ApplicationEvent {
}
