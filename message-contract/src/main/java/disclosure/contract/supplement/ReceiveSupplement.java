package disclosure.contract.supplement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** 收到补正材料 (Art 30). */
public record ReceiveSupplement(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate receivedOn,
        String by) {
}
