package disclosure.query.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import disclosure.contract.ApplicationEvent;
import disclosure.contract.EventHeaders;
import disclosure.contract.EventTypes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Writes events to the topic in the command side's format ({@link EventHeaders}), standing in for
 * command-service's publisher so the query side can be driven event by event, duplicates and gaps included.
 */
public final class EventStreamWriter implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Map<String, Long> sequences = new HashMap<>();
    private long lastPosition;
    private long lastPublishSequence;

    /** What was sent, so a test can send the very same record again. */
    public record Sent(ApplicationEvent event, String eventId, long position, long publishSequence, long sequence) {}

    public EventStreamWriter(String bootstrapServers, String topic) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        this.producer = new KafkaProducer<>(properties);
        this.topic = topic;
    }

    /** Publishes the next event at the next position (positions may skip, as the event store's do). */
    public Sent publish(ApplicationEvent event, long positionStep) {
        Sent sent = prepare(event, positionStep);
        resend(sent);
        return sent;
    }

    /** Numbers the next event without sending it, so a test can send events out of their order. */
    public Sent prepare(ApplicationEvent event, long positionStep) {
        long position = lastPosition + positionStep;
        long sequence = sequences.merge(event.applicationId(), 1L, Long::sum) - 1;
        lastPosition = position;
        return new Sent(event, UUID.randomUUID().toString(), position, ++lastPublishSequence, sequence);
    }

    public Sent publish(ApplicationEvent event) {
        return publish(event, 1);
    }

    public void resend(Sent sent) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, sent.event().applicationId(),
                    json.writeValueAsString(sent.event()));
            header(record, EventHeaders.EVENT_TYPE, EventTypes.nameOf(sent.event().getClass()));
            header(record, EventHeaders.EVENT_ID, sent.eventId());
            header(record, EventHeaders.AGGREGATE_SEQUENCE, Long.toString(sent.sequence()));
            header(record, EventHeaders.GLOBAL_POSITION, Long.toString(sent.position()));
            header(record, EventHeaders.PUBLISH_SEQUENCE, Long.toString(sent.publishSequence()));
            header(record, EventHeaders.COMPLETE_UP_TO, Long.toString(sent.position()));
            header(record, EventHeaders.RECORDED_AT, sent.event().at().toString());
            producer.send(record).get();
        } catch (com.fasterxml.jackson.core.JsonProcessingException | ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw bytes that are not an event at all. */
    public void sendGarbage(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
