package disclosure.query.stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import disclosure.contract.ApplicationEvent;
import disclosure.contract.EventHeaders;
import disclosure.contract.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** Reads a Kafka record of the event stream (format: {@link EventHeaders}) into an {@link IncomingEvent}. */
@Component
public class EventDecoder {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A record that cannot be read as an event of the stream, and why. */
    public static final class UnreadableRecord extends Exception {
        UnreadableRecord(String reason) {
            super(reason);
        }
    }

    public IncomingEvent decode(ConsumerRecord<String, String> record) throws UnreadableRecord {
        String type = header(record, EventHeaders.EVENT_TYPE);
        String eventId = header(record, EventHeaders.EVENT_ID);
        long position = number(record, EventHeaders.GLOBAL_POSITION);
        long publishSequence = number(record, EventHeaders.PUBLISH_SEQUENCE);
        long completeUpTo = number(record, EventHeaders.COMPLETE_UP_TO);
        long sequence = number(record, EventHeaders.AGGREGATE_SEQUENCE);
        Instant recordedAt;
        try {
            recordedAt = Instant.parse(header(record, EventHeaders.RECORDED_AT));
        } catch (RuntimeException e) {
            throw new UnreadableRecord("header " + EventHeaders.RECORDED_AT + " is not an ISO instant");
        }
        if (record.key() == null || record.value() == null) {
            throw new UnreadableRecord("record without key or value");
        }
        JsonNode tree;
        try {
            tree = json.readTree(record.value());
        } catch (Exception e) {
            throw new UnreadableRecord("value is not JSON: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new UnreadableRecord("value is not a JSON object");
        }
        Optional<Class<? extends ApplicationEvent>> eventClass = EventTypes.classOf(type);
        ApplicationEvent event = null;
        if (eventClass.isPresent()) {
            try {
                event = json.treeToValue(tree, eventClass.get());
            } catch (Exception e) {
                throw new UnreadableRecord("value is not a valid " + type + ": " + e.getMessage());
            }
            if (!record.key().equals(event.applicationId())) {
                throw new UnreadableRecord("key " + record.key() + " differs from applicationId " + event.applicationId());
            }
        }
        return new IncomingEvent(position, publishSequence, completeUpTo, eventId, record.key(), sequence, type, recordedAt,
                record.value(), event);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) throws UnreadableRecord {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new UnreadableRecord("missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long number(ConsumerRecord<?, ?> record, String name) throws UnreadableRecord {
        try {
            return Long.parseLong(header(record, name));
        } catch (NumberFormatException e) {
            throw new UnreadableRecord("header " + name + " is not a number");
        }
    }
}
