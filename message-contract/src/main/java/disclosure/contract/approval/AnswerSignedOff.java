package disclosure.contract.approval;

import disclosure.contract.ApplicationEvent;
import disclosure.contract.closing.AnswerRecorded;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 已签发: {@code by} (the 负责人) signed off the answer {@code draftedBy} (the 承办人) submitted. The answer itself is the
 * {@link AnswerRecorded} recorded right after it, in the 负责人's name and dated {@code answeredOn}, so tables, reports
 * and alerts see a signed-off answer exactly as one recorded directly; this event names who drafted it.
 */
public record AnswerSignedOff(
        String applicationId,
        String draftedBy,
        Instant submittedAt,
        LocalDate answeredOn,
        String by,
        Instant at) implements ApplicationEvent {
}
