package disclosure.contract.correction;

import disclosure.contract.ApplicationEvent;
import disclosure.statute.intake.ApplicantCategory;
import java.time.Instant;

/** 申请人类别已更正. */
public record ApplicantCategoryCorrected(
        String applicationId,
        ApplicantCategory previous,
        ApplicantCategory corrected,
        String reason,
        String by,
        Instant at) implements ApplicationEvent {
}
