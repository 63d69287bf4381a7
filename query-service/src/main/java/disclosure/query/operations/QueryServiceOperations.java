package disclosure.query.operations;

import disclosure.query.position.StatusController;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What an operator of query-service sees: a {@code projection} health entry (read position, consumer lag), the
 * metrics {@code disclosure.events.applied} (count; its rate is events applied per second) and
 * {@code disclosure.projection.lag} (records in the topic not consumed yet), and a start-up line naming the
 * database, the broker, the topic, the group and the read position.
 */
@Component("projection")
public class QueryServiceOperations implements HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(QueryServiceOperations.class);

    private final StatusController status;
    private final String datasource;
    private final String bootstrap;
    private final String topic;
    private final String group;

    public QueryServiceOperations(StatusController status, MeterRegistry meters,
                                  @Value("${spring.datasource.url}") String datasource,
                                  @Value("${spring.kafka.bootstrap-servers}") String bootstrap,
                                  @Value("${disclosure.events-topic}") String topic,
                                  @Value("${spring.kafka.consumer.group-id}") String group) {
        this.status = status;
        this.datasource = datasource;
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.group = group;
        FunctionCounter.builder("disclosure.events.applied", status, s -> s.status().latestPosition())
                .description("highest event position applied to the read models").register(meters);
        Gauge.builder("disclosure.projection.lag", status, s -> {
            Long lag = s.status().consumerLag();
            return lag == null ? 0 : lag;
        }).description("records in the topic not consumed yet by this instance").register(meters);
    }

    @Override
    public Health health() {
        StatusController.Status current = status.status();
        return Health.up()
                .withDetail("appliedPosition", current.appliedPosition())
                .withDetail("latestPosition", current.latestPosition())
                .withDetail("consumerLag", current.consumerLag() == null ? "unknown" : current.consumerLag())
                .withDetail("caughtUp", current.caughtUp())
                .withDetail("rejectedRecords", current.rejectedRecords())
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        log.info("query-service ready: database {}; Kafka {} topic {} group {}; read models at position {}",
                datasource, bootstrap, topic, group, status.status().appliedPosition());
    }
}
