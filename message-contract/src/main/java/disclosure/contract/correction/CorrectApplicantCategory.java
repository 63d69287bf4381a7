package disclosure.contract.correction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import disclosure.statute.intake.ApplicantCategory;

/** 更正申请人类别: moves the application to its right column of table 三; history is not edited. */
public record CorrectApplicantCategory(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        ApplicantCategory category,
        String reason,
        String by) {
}
