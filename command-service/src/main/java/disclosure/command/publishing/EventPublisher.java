package disclosure.command.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.contract.EventHeaders;
import disclosure.contract.EventTypes;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every stored event to Kafka in the format of {@link EventHeaders}, in the order the event store hands
 * them out: global order, except that an event whose transaction committed late follows the newer ones.
 * <p>
 * It runs in the tracking processor {@value #PROCESSING_GROUP}, whose token only advances after this handler has
 * returned, and it returns only once the broker has acknowledged the record: a crash between the commit of an
 * event and its publication loses nothing, and at worst publishes that event a second time (at-least-once).
 * A failed send throws, so the processor keeps its token and retries the same event.
 */
@ProcessingGroup(EventPublisher.PROCESSING_GROUP)
public class EventPublisher {
    public static final String PROCESSING_GROUP = "kafka-publisher";

    private final KafkaTemplate<String, String> kafka;
    private final KafkaAdmin admin;
    private final NewTopic topic;
    private final ObjectMapper json;
    private final Duration sendTimeout;
    private final JdbcTemplate jdbc;
    private final String globalIndexQuery;
    private volatile boolean topicChecked;

    public EventPublisher(KafkaTemplate<String, String> kafka, KafkaAdmin admin, NewTopic topic, ObjectMapper json,
                          Duration sendTimeout, JdbcTemplate jdbc, EventSchema schema) {
        this.kafka = kafka;
        this.admin = admin;
        this.topic = topic;
        this.json = json;
        this.sendTimeout = sendTimeout;
        this.jdbc = jdbc;
        this.globalIndexQuery = "SELECT " + schema.globalIndexColumn() + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.eventIdentifierColumn() + " = ?";
    }

    /**
     * Every event read from the JDBC event store is a {@link DomainEventMessage}: the store keeps each event with
     * its aggregate (the application) and its sequence number within it.
     */
    @EventHandler
    void publish(DomainEventMessage<?> event, TrackingToken token) throws JsonProcessingException {
        long position = globalIndexOf(event);
        Published published = record(position, completeUpTo(token, position));
        ensureTopic();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic.name(), null,
                event.getAggregateIdentifier(), json.writeValueAsString(event.getPayload()), List.of(
                header(EventHeaders.EVENT_TYPE, EventTypes.nameOf(event.getPayloadType())),
                header(EventHeaders.EVENT_ID, event.getIdentifier()),
                header(EventHeaders.AGGREGATE_SEQUENCE, Long.toString(event.getSequenceNumber())),
                header(EventHeaders.GLOBAL_POSITION, Long.toString(position)),
                header(EventHeaders.PUBLISH_SEQUENCE, Long.toString(published.sequence())),
                header(EventHeaders.COMPLETE_UP_TO, Long.toString(published.completeUpTo())),
                header(EventHeaders.RECORDED_AT, event.getTimestamp().toString())));
        try {
            kafka.send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventNotPublishedException(event, position, e);
        } catch (InterruptedException e) {
            // Shutting down: the token stays before this event, so the next run sends it (again, if it got through).
            Thread.currentThread().interrupt();
            throw new EventNotPublishedException(event, position, e);
        }
    }

    private record Published(long sequence, long completeUpTo) {}

    /**
     * The event's publish sequence: the next number, or the one it already had if it is being sent again. Written
     * in the processor's transaction, with the token.
     */
    private Published record(long position, long completeUpTo) {
        jdbc.update("""
                INSERT INTO published_event (global_index, publish_sequence, complete_up_to)
                SELECT ?, coalesce(max(publish_sequence), 0) + 1, ? FROM published_event
                ON CONFLICT (global_index) DO NOTHING""", position, completeUpTo);
        return jdbc.queryForObject("SELECT publish_sequence, complete_up_to FROM published_event WHERE global_index = ?",
                (rs, i) -> new Published(rs.getLong(1), rs.getLong(2)), position);
    }

    /**
     * Up to which position every stored event has been handed to this processor: below the first gap the token
     * still waits for (a transaction that may yet commit), else the furthest index seen.
     */
    static long completeUpTo(TrackingToken token, long position) {
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        if (lower instanceof GapAwareTrackingToken gapAware) {
            return gapAware.hasGaps() ? gapAware.getGaps().first() - 1 : gapAware.getIndex();
        }
        return lower == null ? position : lower.position().orElse(position);
    }

    /**
     * The event's own global index, read from the store. The tracking token's position is not always it: when
     * transactions commit out of order, an event that fills a gap below the furthest index already seen carries
     * the token of that furthest index.
     */
    private long globalIndexOf(DomainEventMessage<?> event) {
        Long index = jdbc.queryForObject(globalIndexQuery, Long.class, event.getIdentifier());
        if (index == null) {
            throw new IllegalStateException("no global index stored for event " + event.getIdentifier());
        }
        return index;
    }

    /**
     * The topic bean is created at start-up, but only if the broker was reachable then; checking once more before
     * the first send of each run gives the topic its partitions even when the broker came up after this service
     * (a topic auto-created by the broker would have the broker's default instead, or not exist at all).
     */
    private void ensureTopic() {
        if (!topicChecked) {
            admin.createOrModifyTopics(topic);
            topicChecked = true;
        }
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The broker did not acknowledge an event: thrown so that the processor retries it rather than skip it. */
    static final class EventNotPublishedException extends RuntimeException {
        EventNotPublishedException(DomainEventMessage<?> event, long position, Exception cause) {
            super("event " + event.getIdentifier() + " (global position " + position + ", application "
                    + event.getAggregateIdentifier() + ") was not acknowledged by Kafka; it will be retried", cause);
        }
    }
}
