package disclosure.contract.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.time.LocalDate;

/** 征求意见, 条例 Art 32 (third party) / Art 34 (other agencies): the time until the reply is excluded from the clock. */
public record StartConsultation(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        String consultationId,
        ConsultationKind kind,
        String consultedParty,
        LocalDate sentOn,
        String by) {
}
