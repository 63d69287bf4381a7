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
}
