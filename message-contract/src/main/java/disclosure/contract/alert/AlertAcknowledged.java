package disclosure.contract.alert;

import disclosure.contract.ApplicationEvent;

import java.time.Instant;

/**
 * 预警已阅: {@code by} acknowledged the alert {@code alertId} at {@code at}. Reading an alert is not acting on the case:
 * it does not make {@code by} the application's handler ({@link ApplicationEvent#actsOnCase()}).
 */
public record AlertAcknowledged(String applicationId, String alertId, String by, Instant at)
        implements ApplicationEvent {
    @Override
    public boolean actsOnCase() {
        return false;
    }
}
