package disclosure.contract.appeal;

import disclosure.contract.ApplicationEvent;
import java.time.Instant;
import java.time.LocalDate;

/** 行政复议已立案; {@code replyDueDate}: the agency's reply to the 复议机关 is due then (null if not recorded). */
public record ReconsiderationFiled(
        String applicationId,
        String appealId,
        LocalDate filedOn,
        String reviewBody,
        LocalDate replyDueDate,
        String by,
        Instant at) implements ApplicationEvent {

    /** Without a recorded reply due date (as every event before it could be recorded). */
    public ReconsiderationFiled(String applicationId, String appealId, LocalDate filedOn, String reviewBody,
                                String by, Instant at) {
        this(applicationId, appealId, filedOn, reviewBody, null, by, at);
    }
}
