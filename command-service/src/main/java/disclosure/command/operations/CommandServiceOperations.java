package disclosure.command.operations;

import disclosure.command.publishing.EventPublisher;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What an operator of command-service sees: a {@code publisher} health entry (is the Kafka publisher running,
 * how many events wait to be published), the metrics {@code disclosure.events.stored} (count; its rate is events
 * stored per second) and {@code disclosure.events.publish.lag}, and a start-up line naming the database, the broker,
 * the topic and the publisher's position.
 */
@Component("publisher")
public class CommandServiceOperations implements HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(CommandServiceOperations.class);
    /** Reported when events are stored but cannot be published (Kafka unreachable): commands still work. */
    public static final Status DEGRADED = new Status("DEGRADED", "events are stored but not published");

    private final JdbcTemplate jdbc;
    private final Optional<EventProcessingConfiguration> processing;
    private final boolean publishing;
    private final String datasource;
    private final String bootstrap;
    private final String topic;

    public CommandServiceOperations(JdbcTemplate jdbc, Optional<EventProcessingConfiguration> processing,
                                    MeterRegistry meters,
                                    @Value("${disclosure.publishing.enabled:true}") boolean publishing,
                                    @Value("${spring.datasource.url}") String datasource,
                                    @Value("${spring.kafka.bootstrap-servers}") String bootstrap,
                                    @Value("${disclosure.publishing.topic}") String topic) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.publishing = publishing;
        this.datasource = datasource;
        this.bootstrap = bootstrap;
        this.topic = topic;
        FunctionCounter.builder("disclosure.events.stored", this, operations -> operations.lastStored())
                .description("events stored in the event store").register(meters);
        Gauge.builder("disclosure.events.publish.lag", this, operations -> operations.publishLag())
                .description("events stored but not yet published to Kafka").register(meters);
    }

    long lastStored() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }

    long lastPublished() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM published_event", Long.class);
    }

    double publishLag() {
        return publishing ? jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE global_index > (SELECT coalesce(max(global_index), 0) FROM published_event)""", Long.class) : 0;
    }

    @Override
    public Health health() {
        if (!publishing) {
            return Health.up().withDetail("publishing", "disabled").build();
        }
        Optional<TrackingEventProcessor> processor = processing.flatMap(configuration -> configuration
                .eventProcessor(EventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class));
        boolean running = processor.map(TrackingEventProcessor::isRunning).orElse(false);
        boolean failing = processor.map(TrackingEventProcessor::isError).orElse(false);
        Health.Builder health = running && !failing ? Health.up() : Health.status(DEGRADED);
        return health.withDetail("topic", topic)
                .withDetail("bootstrapServers", bootstrap)
                .withDetail("running", running)
                .withDetail("retryingAfterError", failing)
                .withDetail("lastStored", lastStored())
                .withDetail("lastPublished", lastPublished())
                .withDetail("waitingToBePublished", (long) publishLag())
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        log.info("command-service ready: database {}, {} events stored; Kafka {} topic {}: {}", datasource,
                lastStored(), bootstrap, topic, publishing ? "publishing, last published position " + lastPublished()
                        : "publishing disabled");
    }
}
