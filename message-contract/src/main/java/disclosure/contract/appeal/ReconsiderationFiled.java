package disclosure.contract.appeal;

import disclosure.contract.ApplicationEvent;
import java.time.Instant;
import java.time.LocalDate;

/** 行政复议已立案. */
public record ReconsiderationFiled(
        String applicationId,
        String appealId,
        LocalDate filedOn,
        String reviewBody,
        String by,
        Instant at) implements ApplicationEvent {
}
