package disclosure.contract.approval;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * 签发: the 负责人 signs off the draft answer, which is then recorded as the answer.
 *
 * @param answeredOn the day of the sign-off, which is the answer's date: the day the answer can go out
 */
public record SignOffAnswer(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate answeredOn,
        String by) {
}
