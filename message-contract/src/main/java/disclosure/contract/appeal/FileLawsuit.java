package disclosure.contract.appeal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.time.LocalDate;

/**
 * 行政诉讼已立案: directly, or after the 复议 {@code reconsiderationId}.
 *
 * @param replyDueDate when the agency's defence (答辩状, 行政诉讼法 Art 67: 15 days from receiving the complaint) is
 *                     due, where staff recorded it; null if not recorded
 */
public record FileLawsuit(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        String appealId,
        LocalDate filedOn,
        String court,
        String reconsiderationId,
        LocalDate replyDueDate,
        String by) {

    /** Without a recorded reply due date. */
    public FileLawsuit(String applicationId, Long expectedVersion, String appealId, LocalDate filedOn, String court,
                       String reconsiderationId, String by) {
        this(applicationId, expectedVersion, appealId, filedOn, court, reconsiderationId, null, by);
    }
}
