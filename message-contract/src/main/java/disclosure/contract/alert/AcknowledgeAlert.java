package disclosure.contract.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** 预警已阅: {@code by} has seen the alert {@code alertId} (the id of the event that recorded it). */
public record AcknowledgeAlert(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        String alertId,
        String by) {
}
