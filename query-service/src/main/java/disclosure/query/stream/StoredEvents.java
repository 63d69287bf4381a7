package disclosure.query.stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import disclosure.contract.ApplicationEvent;
import disclosure.contract.EventTypes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The query side's copy of the event log: what was applied, read back per application. */
@Component
public class StoredEvents {
    private static final Comparator<StoredEvent> IN_SEQUENCE = Comparator.comparingLong(StoredEvent::sequence)
            .thenComparingLong(StoredEvent::position);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored event; {@code event} is empty for a type this version does not know. */
    public record StoredEvent(long position, String eventId, long sequence, String type, Instant recordedAt,
                              String json, Optional<ApplicationEvent> event) {}

    /**
     * Stores the events not stored before, in one statement.
     *
     * @return those that were new, in the order given (an event already applied, or given twice, changes nothing)
     */
    public List<IncomingEvent> storeNew(List<IncomingEvent> incoming) {
        Map<String, IncomingEvent> byId = new LinkedHashMap<>();
        incoming.forEach(event -> byId.putIfAbsent(event.eventId(), event));
        if (byId.isEmpty()) {
            return List.of();
        }
        List<IncomingEvent> candidates = List.copyOf(byId.values());
        Set<String> inserted = new HashSet<>();
        jdbc.query("""
                INSERT INTO event_log (position, publish_sequence, complete_up_to, event_id, application_id,
                                       sequence_number, event_type, payload, recorded_at)
                SELECT position, publish_sequence, complete_up_to, event_id, application_id, sequence_number,
                       event_type, payload::jsonb, recorded_at::timestamptz
                FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::bigint[],
                            ?::varchar[], ?::text[], ?::text[])
                     AS given (position, publish_sequence, complete_up_to, event_id, application_id, sequence_number,
                               event_type, payload, recorded_at)
                ON CONFLICT DO NOTHING
                RETURNING event_id""", statement -> {
            Connection connection = statement.getConnection();
            statement.setArray(1, connection.createArrayOf("bigint", column(candidates, IncomingEvent::position)));
            statement.setArray(2, connection.createArrayOf("bigint",
                    column(candidates, IncomingEvent::publishSequence)));
            statement.setArray(3, connection.createArrayOf("bigint", column(candidates, IncomingEvent::completeUpTo)));
            statement.setArray(4, connection.createArrayOf("varchar", column(candidates, IncomingEvent::eventId)));
            statement.setArray(5, connection.createArrayOf("varchar",
                    column(candidates, IncomingEvent::applicationId)));
            statement.setArray(6, connection.createArrayOf("bigint", column(candidates, IncomingEvent::sequence)));
            statement.setArray(7, connection.createArrayOf("varchar", column(candidates, IncomingEvent::type)));
            statement.setArray(8, connection.createArrayOf("text", column(candidates, IncomingEvent::json)));
            statement.setArray(9, connection.createArrayOf("text",
                    column(candidates, event -> event.recordedAt().toString())));
        }, (RowCallbackHandler) rs -> inserted.add(rs.getString(1)));
        return candidates.stream().filter(event -> inserted.contains(event.eventId())).toList();
    }

    private static Object[] column(List<IncomingEvent> events, Function<IncomingEvent, Object> value) {
        return events.stream().map(value).toArray();
    }

    public List<StoredEvent> of(String applicationId) {
        return ofAll(List.of(applicationId)).getOrDefault(applicationId, List.of());
    }

    /**
     * The stored events of each application, in its sequence order; one query for all of them. Sorted here rather
     * than by the query, which then can only look up the applications asked for: with an ORDER BY, a planner that
     * believes the log small prefers walking the whole index in order.
     */
    public Map<String, List<StoredEvent>> ofAll(Collection<String> applicationIds) {
        Map<String, List<StoredEvent>> histories = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return histories;
        }
        jdbc.query("""
                SELECT application_id, position, event_id, sequence_number, event_type, recorded_at, payload::text
                FROM event_log WHERE application_id = ANY (?)""",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("varchar",
                        applicationIds.toArray())),
                (RowCallbackHandler) rs -> {
                    String type = rs.getString(5);
                    String payload = rs.getString(7);
                    histories.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new StoredEvent(
                            rs.getLong(2), rs.getString(3), rs.getLong(4), type, rs.getTimestamp(6).toInstant(),
                            payload, decode(type, payload)));
                });
        histories.values().forEach(history -> history.sort(IN_SEQUENCE));
        return histories;
    }

    /**
     * The stored events of each application, as {@link #ofAll(Collection)}, but without reading back those just
     * stored where they are the whole history: an application whose first event (sequence 0) is among
     * {@code justStored}, and of which the log holds no other event, has exactly those (a new application, as in an
     * import or a rebuild). The others are read in one query. Saves reading and parsing again what was just parsed.
     */
    public Map<String, List<StoredEvent>> ofAll(Collection<String> applicationIds, List<IncomingEvent> justStored) {
        Map<String, List<StoredEvent>> arrived = new HashMap<>();
        for (IncomingEvent event : justStored) {
            arrived.computeIfAbsent(event.applicationId(), id -> new ArrayList<>()).add(new StoredEvent(
                    event.position(), event.eventId(), event.sequence(), event.type(), event.recordedAt(),
                    event.json(), Optional.ofNullable(event.event())));
        }
        arrived.values().removeIf(history -> history.stream().noneMatch(stored -> stored.sequence() == 0));
        Map<String, List<StoredEvent>> histories = new HashMap<>();
        if (!arrived.isEmpty()) {
            jdbc.query("""
                    SELECT application_id, count(*) FROM event_log WHERE application_id = ANY (?)
                    GROUP BY application_id""",
                    statement -> statement.setArray(1, statement.getConnection().createArrayOf("varchar",
                            arrived.keySet().toArray())),
                    (RowCallbackHandler) rs -> {
                        List<StoredEvent> history = arrived.get(rs.getString(1));
                        if (history != null && history.size() == rs.getLong(2)) {
                            history.sort(IN_SEQUENCE);
                            histories.put(rs.getString(1), history);
                        }
                    });
        }
        histories.putAll(ofAll(applicationIds.stream().filter(id -> !histories.containsKey(id)).toList()));
        return histories;
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
