package disclosure.query.stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import disclosure.contract.ApplicationEvent;
import disclosure.contract.EventTypes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The query side's copy of the event log: what was applied, read back per application. */
@Component
public class StoredEvents {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored event; {@code event} is empty for a type this version does not know. */
    public record StoredEvent(long position, String eventId, long sequence, String type, Instant recordedAt,
                              String json, Optional<ApplicationEvent> event) {}

    /** @return whether it was new (false: already applied, nothing changes) */
    public boolean store(IncomingEvent event) {
        return jdbc.update("""
                INSERT INTO event_log (position, publish_sequence, complete_up_to, event_id, application_id,
                                       sequence_number, event_type, payload, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING""",
                event.position(), event.publishSequence(), event.completeUpTo(), event.eventId(), event.applicationId(), event.sequence(),
                event.type(), event.json(), java.sql.Timestamp.from(event.recordedAt())) == 1;
    }

    public List<StoredEvent> of(String applicationId) {
        return jdbc.query("""
                SELECT position, event_id, sequence_number, event_type, recorded_at, payload::text FROM event_log
                WHERE application_id = ? ORDER BY sequence_number, position""",
                (rs, i) -> {
                    String type = rs.getString(4);
                    String payload = rs.getString(6);
                    return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), type,
                            rs.getTimestamp(5).toInstant(), payload, decode(type, payload));
                }, applicationId);
    }

    /** Events with {@code after < position <= upTo}, in position order, at most {@code limit} of them. */
    public List<StoredEvent> between(long after, long upTo, int limit) {
        return jdbc.query("""
                SELECT position, event_id, sequence_number, event_type, recorded_at, payload::text FROM event_log
                WHERE position > ? AND position <= ? ORDER BY position LIMIT ?""",
                (rs, i) -> {
                    String type = rs.getString(4);
                    String payload = rs.getString(6);
                    return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), type,
                            rs.getTimestamp(5).toInstant(), payload, decode(type, payload));
                }, after, upTo, limit);
    }

    private Optional<ApplicationEvent> decode(String type, String payload) {
        return EventTypes.classOf(type).map(eventClass -> {
            try {
                return json.readValue(payload, eventClass);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
