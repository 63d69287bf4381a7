package disclosure.contract.supplement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** 补正告知, 条例 Art 30: ask the applicant, once and within 7 working days of receipt, to supplement. */
public record RequestSupplement(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate noticeDate,
        String missingItems,
        LocalDate supplementDueDate,
        String by) {
}
