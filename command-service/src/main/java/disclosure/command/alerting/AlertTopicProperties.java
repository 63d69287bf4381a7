package disclosure.command.alerting;

import disclosure.contract.alert.AlertMessage;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The alert topic ({@code disclosure.alerts.topic.*}), read by the SMS, e-mail and 12345-hotline systems.
 *
 * @param enabled     whether alerts are sent at all (also off whenever {@code disclosure.publishing.enabled} is)
 * @param name        the topic
 * @param partitions  partitions when command-service creates it (keyed by application id)
 * @param sendTimeout the longest wait for the broker's acknowledgement of one alert before it is retried
 */
@ConfigurationProperties("disclosure.alerts.topic")
public record AlertTopicProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue(AlertMessage.DEFAULT_TOPIC) String name,
        @DefaultValue("3") int partitions,
        @DefaultValue("30s") Duration sendTimeout) {
}
