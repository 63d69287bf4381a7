package disclosure.contract.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.time.LocalDate;

/** 征求意见结束: the reply arrived, or the period ended in silence (Art 34: silence is consent). */
public record EndConsultation(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        String consultationId,
        LocalDate endedOn,
        String opinion,
        String by) {
}
