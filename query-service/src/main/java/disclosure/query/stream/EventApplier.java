package disclosure.query.stream;

import disclosure.query.position.ReadPosition;
import disclosure.query.stream.StoredEvents.StoredEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a batch of stream records in one transaction: each event is stored once (a redelivered one is
 * recognised by its id and changes nothing), every application it touches is folded again (its history read once for
 * every {@link HistoryProjection}), and the
 * read-your-writes position moves on. The batch is stored, read back and folded with a few statements, not a few
 * per event. Unreadable records are set aside for the operator, never retried forever.
 */
@Component
public class EventApplier {
    private static final Logger log = LoggerFactory.getLogger(EventApplier.class);

    private final EventDecoder decoder;
    private final StoredEvents events;
    private final List<HistoryProjection> projections;
    private final List<EventProjection> eventProjections;
    private final ReadPosition readPosition;
    private final JdbcTemplate jdbc;

    public EventApplier(EventDecoder decoder, StoredEvents events, List<HistoryProjection> projections,
                        List<EventProjection> eventProjections, ReadPosition readPosition, JdbcTemplate jdbc) {
        this.decoder = decoder;
        this.events = events;
        this.projections = projections;
        this.eventProjections = eventProjections;
        this.readPosition = readPosition;
        this.jdbc = jdbc;
    }

    @Transactional
    public void apply(List<ConsumerRecord<String, String>> records) {
        List<IncomingEvent> decoded = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                decoded.add(decoder.decode(record));
            } catch (EventDecoder.UnreadableRecord unreadable) {
                setAside(record, unreadable.getMessage());
            }
        }
        applyEvents(decoded);
    }

    /** Stores the events not seen before, folds every application they touch again, moves the read position. */
    @Transactional
    public void applyEvents(List<IncomingEvent> incoming) {
        Set<String> touched = new LinkedHashSet<>();
        List<IncomingEvent> stored = events.storeNew(incoming);
        for (IncomingEvent event : stored) {
            if (event.event() == null) {
                log.warn("Event type {} at position {} is unknown to this version: kept, not applied",
                        event.type(), event.position());
            }
            touched.add(event.applicationId());
        }
        if (!touched.isEmpty()) {
            Map<String, List<StoredEvent>> histories = events.ofAll(touched, stored);
            projections.forEach(projection -> projection.refold(touched, histories));
            eventProjections.forEach(projection -> projection.applyNew(stored));
        }
        readPosition.advance();
    }

    private void setAside(ConsumerRecord<String, String> record, String reason) {
        log.error("Unreadable record {}-{}@{} set aside: {}", record.topic(), record.partition(), record.offset(),
                reason);
        jdbc.update("""
                INSERT INTO rejected_record (topic, partition, record_offset, record_key, reason, value)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                record.topic(), record.partition(), record.offset(), record.key(), reason, record.value());
    }
}
