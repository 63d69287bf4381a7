package disclosure.contract.appeal;

import disclosure.contract.ApplicationEvent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 行政诉讼已立案; {@code reconsiderationId} is null for 未经复议直接起诉; {@code replyDueDate}: the agency's defence is
 * due then (null if not recorded).
 */
public record LawsuitFiled(
        String applicationId,
        String appealId,
        LocalDate filedOn,
        String court,
        String reconsiderationId,
        LocalDate replyDueDate,
        String by,
        Instant at) implements ApplicationEvent {

    /** Without a recorded reply due date (as every event before it could be recorded). */
    public LawsuitFiled(String applicationId, String appealId, LocalDate filedOn, String court,
                        String reconsiderationId, String by, Instant at) {
        this(applicationId, appealId, filedOn, court, reconsiderationId, null, by, at);
    }
}
