package disclosure.query.position;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code GET /api/status}: how far the read models are, and whether the consumer has caught up. */
@RestController
public class StatusController {
    private final ReadPosition readPosition;
    private final JdbcTemplate jdbc;
    private final KafkaListenerEndpointRegistry listeners;

    public StatusController(ReadPosition readPosition, JdbcTemplate jdbc, KafkaListenerEndpointRegistry listeners) {
        this.readPosition = readPosition;
        this.jdbc = jdbc;
        this.listeners = listeners;
    }

    /**
     * @param appliedPosition every event up to this position is reflected
     * @param latestPosition  the highest position received so far
     * @param consumerLag     records in the topic not consumed yet by this instance (null before the first poll)
     * @param caughtUp        nothing received is pending and the consumer has no lag
     */
    public record Status(long appliedPosition, long latestPosition, Long consumerLag, boolean caughtUp,
                         long rejectedRecords) {}

    @GetMapping(path = "/api/status", produces = "application/json")
    public Status status() {
        long applied = readPosition.current();
        Long latest = jdbc.queryForObject("SELECT coalesce(max(position), 0) FROM event_log", Long.class);
        Long rejected = jdbc.queryForObject("SELECT count(*) FROM rejected_record", Long.class);
        Long lag = consumerLag();
        boolean caughtUp = applied >= latest && (lag == null || lag == 0);
        return new Status(applied, latest, lag, caughtUp, rejected);
    }

    private Long consumerLag() {
        MessageListenerContainer container = listeners.getListenerContainer("event-stream");
        if (container == null) {
            return null;
        }
        Double lag = null;
        for (Map<MetricName, ? extends Metric> metrics : container.metrics().values()) {
            for (Map.Entry<MetricName, ? extends Metric> metric : metrics.entrySet()) {
                if (metric.getKey().name().equals("records-lag-max")
                        && metric.getKey().group().equals("consumer-fetch-manager-metrics")
                        && metric.getValue().metricValue() instanceof Double value && !value.isNaN()) {
                    lag = lag == null ? value : Math.max(lag, value);
                }
            }
        }
        return lag == null ? null : Math.max(0, lag.longValue());
    }
}
