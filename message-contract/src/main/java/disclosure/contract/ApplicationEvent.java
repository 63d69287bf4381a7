package disclosure.contract;

import java.time.Instant;

/**
 * Every event of a 依申请公开申请 says which application it belongs to, who caused it and when it was recorded.
 * {@code by} is the user id of the staff member, or {@link #SYSTEM} for what the system does by itself
 * when a statutory period runs out.
 */
public interface ApplicationEvent {
    String SYSTEM = "system";

    String applicationId();

    String by();

    Instant at();

    /**
     * Whether {@code by} acted on the case (and so is its handler, 承办人, from now on): true for what staff do,
     * false for what the system records and for merely acknowledging an alert.
     */
    default boolean actsOnCase() {
        return !SYSTEM.equals(by());
    }
}
