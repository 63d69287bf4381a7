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
 * 重建查询数据: empties the read models and folds them again from command-service's event store, in global order,
 * printing progress. The query side's own copy of the log is rebuilt with it, linked in the same chain the
 * publisher uses, so the Kafka consumer can carry on afterwards: what it delivers again is recognised and skipped.
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
        long total = source.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        target.execute("TRUNCATE event_log, application_view, rejected_record");
        target.update("UPDATE read_position SET position = 0 WHERE id = 1");
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
            last = batch.get(batch.size() - 1).position();
            long now = System.nanoTime();
            if (now - reported > 1_000_000_000L || done == total) {
                double seconds = (now - started) / 1e9;
                out.printf("  %d / %d (%.1f%%)，%.0f 事件/秒 / events/s%n", done, total,
                        total == 0 ? 100.0 : 100.0 * done / total, done / Math.max(seconds, 1e-9));
                reported = now;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Summary summary = new Summary(done, last, seconds, done / Math.max(seconds, 1e-9));
        out.printf("完成：%d 个事件，%.1f 秒，%.0f 事件/秒，位置 %d / done: %d events in %.1f s (%.0f events/s), position %d%n",
                done, seconds, summary.eventsPerSecond(), last, done, seconds, summary.eventsPerSecond(), last);
        log.info("Rebuilt read models from {} events up to position {} in {} s", done, last, seconds);
        return summary;
    }

    private List<IncomingEvent> next(long after) {
        List<IncomingEvent> batch = new ArrayList<>(BATCH);
        long[] previous = {after};
        source.query("""
                SELECT global_index, event_identifier, aggregate_identifier, sequence_number, payload_type,
                       payload, time_stamp
                FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?""", rs -> {
            long position = rs.getLong(1);
            String payloadType = rs.getString(5);
            String type = payloadType.substring(payloadType.lastIndexOf('.') + 1);
            String payload = new String(rs.getBytes(6), StandardCharsets.UTF_8);
            batch.add(new IncomingEvent(position, previous[0], rs.getString(2), rs.getString(3), rs.getLong(4), type,
                    Instant.parse(rs.getString(7)), payload, decode(type, payload).orElse(null)));
            previous[0] = position;
        }, after, BATCH);
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
