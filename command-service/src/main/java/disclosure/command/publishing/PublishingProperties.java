package disclosure.command.publishing;

import disclosure.contract.EventHeaders;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Whether and where command-service publishes its stored events to Kafka ({@code disclosure.publishing.*}).
 *
 * @param enabled     off only for runs without a broker (command-only tests); events stored meanwhile are
 *                    published when it is switched on again, since the processor's token stays behind
 * @param topic       the topic of the message contract
 * @param partitions  partitions of the topic when command-service creates it; events of one application always
 *                    go to one partition, keyed by the application id
 * @param sendTimeout the longest wait for the broker's acknowledgement of one event; longer than the producer's
 *                    {@code delivery.timeout.ms}, so that normally the producer, not this wait, decides the outcome
 */
@ConfigurationProperties("disclosure.publishing")
public record PublishingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue(EventHeaders.DEFAULT_TOPIC) String topic,
        @DefaultValue("3") int partitions,
        @DefaultValue("60s") Duration sendTimeout) {
}
