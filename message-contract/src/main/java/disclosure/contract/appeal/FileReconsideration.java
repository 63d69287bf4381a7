package disclosure.contract.appeal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.time.LocalDate;

/**
 * 行政复议申请已受理: the applicant appealed the answer to a 复议机关.
 *
 * @param replyDueDate when the agency's written reply (书面答复, 行政复议法 Art 48: 10 days from receiving the copy of
 *                     the appeal) is due, where staff recorded it; null if not recorded
 */
public record FileReconsideration(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        String appealId,
        LocalDate filedOn,
        String reviewBody,
        LocalDate replyDueDate,
        String by) {

    /** Without a recorded reply due date. */
    public FileReconsideration(String applicationId, Long expectedVersion, String appealId, LocalDate filedOn,
                               String reviewBody, String by) {
        this(applicationId, expectedVersion, appealId, filedOn, reviewBody, null, by);
    }
}
