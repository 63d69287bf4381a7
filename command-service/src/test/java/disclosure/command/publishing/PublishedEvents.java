package disclosure.command.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.contract.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests compare: the topic as a plain consumer reads it, the event store as PostgreSQL holds it, and the
 * publisher's token in {@code token_entry}.
 */
final class PublishedEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedEvents() {
    }

    /** A row of {@code domain_event_entry}. */
    record StoredEvent(long globalIndex, String applicationId, long sequence, String eventId, String payloadType,
                       String payload, String recordedAt) {
    }

    static List<StoredEvent> stored(JdbcTemplate jdbc) {
        return jdbc.query("""
                SELECT global_index, aggregate_identifier, sequence_number, event_identifier, payload_type,
                       convert_from(payload, 'UTF8'), time_stamp
                FROM domain_event_entry ORDER BY global_index""",
                (rs, i) -> new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
    }

    /** The publisher's position: the global index of the last event it has published, null before the first. */
    static Long tokenPosition(JdbcTemplate jdbc) {
        List<String> tokens = jdbc.queryForList("""
                SELECT convert_from(token, 'UTF8') FROM token_entry WHERE processor_name = ? AND segment = 0""",
                String.class, EventPublisher.PROCESSING_GROUP);
        if (tokens.isEmpty() || tokens.get(0) == null) {
            return null;
        }
        return json(tokens.get(0)).get("index").asLong();
    }

    static Long lastGlobalIndex(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }

    /** Everything on the topic from its start to its current end, each partition in its own order; none if no topic. */
    static List<ConsumerRecord<String, String>> readTopic(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Looking must not create the topic: the publisher is to create it, with its partitions.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            if (!consumer.listTopics(Duration.ofSeconds(10)).containsKey(topic)) {
                return List.of();
            }
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                assertThat(Instant.now()).as("time to read " + topic + " to its end").isBefore(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /**
     * The topic holds each stored event exactly once, as the message contract says, and a consumer reading it
     * meets the events of each application in the order they were stored.
     */
    static void assertTopicMirrorsTheStore(List<ConsumerRecord<String, String>> records, List<StoredEvent> stored) {
        Map<String, ConsumerRecord<String, String>> byEventId = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            assertThat(byEventId.put(header(record, EventHeaders.EVENT_ID), record))
                    .as("a second record of event " + header(record, EventHeaders.EVENT_ID)).isNull();
        }
        assertThat(byEventId.keySet()).containsExactlyInAnyOrderElementsOf(
                stored.stream().map(StoredEvent::eventId).toList());

        for (StoredEvent event : stored) {
            ConsumerRecord<String, String> record = byEventId.get(event.eventId());
            assertThat(record.key()).isEqualTo(event.applicationId());
            assertThat(header(record, EventHeaders.EVENT_TYPE))
                    .isEqualTo(event.payloadType().substring(event.payloadType().lastIndexOf('.') + 1));
            assertThat(header(record, EventHeaders.AGGREGATE_SEQUENCE)).isEqualTo(Long.toString(event.sequence()));
            assertThat(header(record, EventHeaders.GLOBAL_POSITION)).isEqualTo(Long.toString(event.globalIndex()));
            assertThat(Instant.parse(header(record, EventHeaders.RECORDED_AT)))
                    .isEqualTo(Instant.parse(event.recordedAt()));
            assertThat(json(record.value())).as("payload of " + event.eventId()).isEqualTo(json(event.payload()));
        }

        Map<String, List<String>> publishedPerApplication = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, LinkedHashMap::new,
                Collectors.mapping(record -> header(record, EventHeaders.EVENT_ID), Collectors.toList())));
        Map<String, List<String>> storedPerApplication = stored.stream().collect(Collectors.groupingBy(
                StoredEvent::applicationId, LinkedHashMap::new,
                Collectors.mapping(StoredEvent::eventId, Collectors.toList())));
        assertThat(publishedPerApplication).isEqualTo(storedPerApplication);
    }

    /**
     * Each partition in global order: true when every event was committed before the next was stored (as with
     * sequential commands), since the publisher reads the store with one thread; not when transactions commit out
     * of order, where an event that commits late is published after the newer ones.
     */
    static void assertEachPartitionInGlobalOrder(List<ConsumerRecord<String, String>> records) {
        Map<Integer, List<Long>> positionsPerPartition = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::partition, Collectors.mapping(
                        record -> Long.parseLong(header(record, EventHeaders.GLOBAL_POSITION)), Collectors.toList())));
        positionsPerPartition.forEach((partition, positions) -> assertThat(positions)
                .as("global positions in partition " + partition).isSorted());
    }
}
