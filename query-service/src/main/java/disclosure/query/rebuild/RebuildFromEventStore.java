package disclosure.query.rebuild;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import disclosure.contract.ApplicationEvent;
import disclosure.contract.EventTypes;
import disclosure.query.stream.EventApplier;
import disclosure.query.stream.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 重建查询数据: empties the read models and folds them again from command-service's event store, printing progress.
 * It reads every event the publisher has sent, in publishing order and with the same publish sequence, so the Kafka
 * consumer can carry on afterwards: what it delivers again is recognised and skipped, what was not yet published
 * arrives through it as usual.
 */
public class RebuildFromEventStore {
    private static final Logger log = LoggerFactory.getLogger(RebuildFromEventStore.class);
    private static final int BATCH = 2_000;

    private final JdbcTemplate source;
    private final JdbcTemplate target;
    private final EventApplier applier;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public RebuildFromEventStore(String sourceUrl, String sourceUser, String sourcePassword, JdbcTemplate target,
                                 EventApplier applier, PrintStream out) {
        this.source = new JdbcTemplate(new DriverManagerDataSource(sourceUrl, sourceUser, sourcePassword));
        this.target = target;
        this.applier = applier;
        this.out = out;
    }

    /** What a rebuild did. */
    public record Summary(long events, long position, double seconds, double eventsPerSecond) {}

    public Summary run() {
        long total = source.queryForObject("SELECT count(*) FROM published_event", Long.class);
        target.execute("TRUNCATE event_log, application_view, rejected_record, alert_inbox, pending_approval");
        target.update("UPDATE read_position SET publish_sequence = 0, position = 0 WHERE id = 1");
        out.printf("重建查询数据：共 %d 个事件 / rebuilding read models from %d events%n", total, total);
        long started = System.nanoTime();
        long done = 0;
        long last = 0;
        long reported = started;
        while (true) {
            List<IncomingEvent> batch = next(last);
            if (batch.isEmpty()) {
                break;
            }
            applier.applyEvents(batch);
            done += batch.size();
            last = batch.get(batch.size() - 1).publishSequence();
            long now = System.nanoTime();
            if (now - reported > 1_000_000_000L || done == total) {
                double seconds = (now - started) / 1e9;
                out.printf("  %d / %d (%.1f%%)，%.0f 事件/秒 / events/s%n", done, total,
                        total == 0 ? 100.0 : 100.0 * done / total, done / Math.max(seconds, 1e-9));
                reported = now;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long position = target.queryForObject("SELECT position FROM read_position WHERE id = 1", Long.class);
        Summary summary = new Summary(done, position, seconds, done / Math.max(seconds, 1e-9));
        out.printf("完成：%d 个事件，%.1f 秒，%.0f 事件/秒，位置 %d / done: %d events in %.1f s (%.0f events/s), position %d%n",
                done, seconds, summary.eventsPerSecond(), position, done, seconds, summary.eventsPerSecond(), position);
        log.info("Rebuilt read models from {} events up to position {} in {} s", done, position, seconds);
        return summary;
    }

    private List<IncomingEvent> next(long afterSequence) {
        List<IncomingEvent> batch = new ArrayList<>(BATCH);
        source.query("""
                SELECT e.global_index, p.publish_sequence, p.complete_up_to, e.event_identifier,
                       e.aggregate_identifier, e.sequence_number, e.payload_type, e.payload, e.time_stamp
                FROM published_event p JOIN domain_event_entry e ON e.global_index = p.global_index
                WHERE p.publish_sequence > ? ORDER BY p.publish_sequence LIMIT ?""", rs -> {
            String payloadType = rs.getString(7);
            String type = payloadType.substring(payloadType.lastIndexOf('.') + 1);
            String payload = new String(rs.getBytes(8), StandardCharsets.UTF_8);
            batch.add(new IncomingEvent(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                    rs.getLong(6), type, Instant.parse(rs.getString(9)), payload, decode(type, payload).orElse(null)));
        }, afterSequence, BATCH);
        return batch;
    }

    private Optional<ApplicationEvent> decode(String type, String payload) {
        return EventTypes.classOf(type).map(eventClass -> {
            try {
                return json.readValue(payload, eventClass);
            } catch (IOException e) {
                throw new IllegalStateException("stored event of type " + type + " cannot be read", e);
            }
        });
    }
}
