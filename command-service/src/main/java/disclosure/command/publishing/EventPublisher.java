package disclosure.command.publishing;

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
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every stored event to Kafka in the format of {@link EventHeaders}, in the order the event store hands
 * them out: global order, except that an event whose transaction committed late follows the newer ones.
 * <p>
 * It runs in the tracking processor {@value #PROCESSING_GROUP}, which hands it the events in batches. The handler
 * only collects them; before the batch commits, its events are numbered (publish sequences, committed at once), all
 * its records are sent and every acknowledgement awaited, and only then may the processor store its token. A crash
 * between the commit of an event and its publication therefore loses nothing, and at worst publishes the events
 * of one batch a second time (at-least-once), with the same publish sequences. A failed send throws, so the
 * processor keeps its token and retries the batch. The records of a batch are sent in order on one idempotent
 * producer, so each partition receives them in the order of the batch, retries included.
 */
@ProcessingGroup(EventPublisher.PROCESSING_GROUP)
public class EventPublisher {
    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String BATCH_RESOURCE = EventPublisher.class.getName() + ".batch";

    private final KafkaTemplate<String, String> kafka;
    private final KafkaAdmin admin;
    private final NewTopic topic;
    private final Serializer eventSerializer;
    private final Duration sendTimeout;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final String globalIndexQuery;
    private volatile boolean topicChecked;

    public EventPublisher(KafkaTemplate<String, String> kafka, KafkaAdmin admin, NewTopic topic,
                          Serializer eventSerializer,
                          Duration sendTimeout, JdbcTemplate jdbc, DataSource dataSource, EventSchema schema) {
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.admin = admin;
        this.topic = topic;
        this.eventSerializer = eventSerializer;
        this.sendTimeout = sendTimeout;
        this.jdbc = jdbc;
        this.globalIndexQuery = "SELECT " + schema.eventIdentifierColumn() + ", " + schema.globalIndexColumn()
                + " FROM " + schema.domainEventTable() + " WHERE " + schema.eventIdentifierColumn() + " = ANY (?)";
    }

    /** An event of the batch being collected, with the processor's token as it stood at that event. */
    private record Pending(DomainEventMessage<?> event, TrackingToken token) {}

    /**
     * Every event read from the JDBC event store is a {@link DomainEventMessage}: the store keeps each event with
     * its aggregate (the application) and its sequence number within it.
     */
    @EventHandler
    void publish(DomainEventMessage<?> event, TrackingToken token, UnitOfWork<?> unitOfWork) {
        List<Pending> batch = unitOfWork.getOrComputeResource(BATCH_RESOURCE, key -> {
            List<Pending> pending = new ArrayList<>();
            // Registered with the batch's first event, so it runs before the processor stores the token of its last.
            unitOfWork.onPrepareCommit(u -> publishAll(pending));
            return pending;
        });
        batch.add(new Pending(event, token));
    }

    /** Numbers the batch's events, sends them all, and returns once the broker has acknowledged every one. */
    private void publishAll(List<Pending> batch) {
        Map<String, Long> positions = globalIndexesOf(batch);
        List<Long> batchPositions = new ArrayList<>(batch.size());
        List<Long> completeUpTo = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            long position = positions.get(pending.event().getIdentifier());
            batchPositions.add(position);
            completeUpTo.add(completeUpTo(pending.token(), position));
        }
        List<Published> published = record(batchPositions, completeUpTo);
        ensureTopic();
        List<CompletableFuture<?>> acknowledgements = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            acknowledgements.add(kafka.send(producerRecord(batch.get(i).event(), batchPositions.get(i),
                    published.get(i))));
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (int i = 0; i < batch.size(); i++) {
            awaitAcknowledgement(acknowledgements.get(i), deadline, batch.get(i).event(), batchPositions.get(i));
        }
    }

    /**
     * The value is the payload as the event store holds it: the serializer that wrote it hands the stored JSON back
     * as it is (it would write the same JSON again from the event object), so it is neither read nor written here.
     */
    private ProducerRecord<String, String> producerRecord(DomainEventMessage<?> event, long position,
                                                          Published published) {
        return new ProducerRecord<>(topic.name(), null, event.getAggregateIdentifier(),
                event.serializePayload(eventSerializer, String.class).getData(), List.of(
                header(EventHeaders.EVENT_TYPE, EventTypes.nameOf(event.getPayloadType())),
                header(EventHeaders.EVENT_ID, event.getIdentifier()),
                header(EventHeaders.AGGREGATE_SEQUENCE, Long.toString(event.getSequenceNumber())),
                header(EventHeaders.GLOBAL_POSITION, Long.toString(position)),
                header(EventHeaders.PUBLISH_SEQUENCE, Long.toString(published.sequence())),
                header(EventHeaders.COMPLETE_UP_TO, Long.toString(published.completeUpTo())),
                header(EventHeaders.RECORDED_AT, event.getTimestamp().toString())));
    }

    /** The sends share one deadline: the batch as a whole gets {@code sendTimeout}, as one event did before. */
    private void awaitAcknowledgement(CompletableFuture<?> acknowledgement, long deadline,
                                      DomainEventMessage<?> event, long position) {
        try {
            acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventNotPublishedException(event, position, e);
        } catch (InterruptedException e) {
            // Shutting down: the token stays before this batch, so the next run sends it (again, if it got through).
            Thread.currentThread().interrupt();
            throw new EventNotPublishedException(event, position, e);
        }
    }

    private record Published(long sequence, long completeUpTo) {}

    /**
     * The events' publish sequences, in batch order: the next numbers, or the ones they already had if they are
     * being sent again. Written and committed on a connection of its own, before anything is sent: if the
     * processor's transaction then fails to commit (the database dies after the broker acknowledged), the batch is
     * sent again under these same numbers, whatever events the retried batch holds and in whatever order. Numbered
     * inside the processor's transaction instead, a re-sent event could come back under a new number, and the
     * query side would then hold one event under two numbers and wait forever for the event that owns the other.
     * One processor thread on one segment writes here, so the next number cannot be taken by anyone else meanwhile
     * (if it were, the insert would fail on the unique sequence and the batch be retried).
     */
    private List<Published> record(List<Long> positions, List<Long> completeUpTo) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Published> published = record(connection, positions, completeUpTo);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the publish sequences of a batch could not be recorded; it will be retried",
                    e);
        }
    }

    private static List<Published> record(Connection connection, List<Long> positions, List<Long> completeUpTo)
            throws SQLException {
        Map<Long, Published> known = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT global_index, publish_sequence, complete_up_to FROM published_event WHERE global_index = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getLong(1), new Published(rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        long next;
        try (PreparedStatement max = connection.prepareStatement(
                "SELECT coalesce(max(publish_sequence), 0) FROM published_event");
             ResultSet rs = max.executeQuery()) {
            rs.next();
            next = rs.getLong(1);
        }
        List<Published> published = new ArrayList<>(positions.size());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO published_event (global_index, publish_sequence, complete_up_to) VALUES (?, ?, ?)")) {
            boolean inserting = false;
            for (int i = 0; i < positions.size(); i++) {
                Published existing = known.get(positions.get(i));
                if (existing == null) {
                    existing = new Published(++next, completeUpTo.get(i));
                    insert.setLong(1, positions.get(i));
                    insert.setLong(2, existing.sequence());
                    insert.setLong(3, existing.completeUpTo());
                    insert.addBatch();
                    inserting = true;
                }
                published.add(existing);
            }
            if (inserting) {
                insert.executeBatch();
            }
        }
        return published;
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
     * The events' own global indexes, read from the store. The tracking token's position is not always it: when
     * transactions commit out of order, an event that fills a gap below the furthest index already seen carries
     * the token of that furthest index.
     */
    private Map<String, Long> globalIndexesOf(List<Pending> batch) {
        String[] ids = batch.stream().map(pending -> pending.event().getIdentifier()).toArray(String[]::new);
        Map<String, Long> positions = new HashMap<>();
        jdbc.query(globalIndexQuery,
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("varchar", ids)),
                rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                });
        for (String id : ids) {
            if (!positions.containsKey(id)) {
                throw new IllegalStateException("no global index stored for event " + id);
            }
        }
        return positions;
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
