package disclosure.faults.support;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** What an operator (or a misbehaving producer) can do to the event topic: move a group's offsets, copy records. */
public final class TopicTools {
    private final String bootstrapServers;
    private final String topic;

    public TopicTools(FaultSystem system) {
        this.bootstrapServers = system.kafka().bootstrapServers();
        this.topic = system.topic();
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public List<TopicPartition> partitions() {
        try (Admin admin = admin()) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a (stopped) consumer group back to the first record of every partition. */
    public void rewindGroup(String group) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            admin.alterConsumerGroupOffsets(group, partitions().stream()
                    .collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0)))).all().get();
        }
    }

    /** Records written to the topic so far, all partitions together. */
    public long endOffsets() {
        try (Admin admin = admin()) {
            return admin.listOffsets(partitions().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().values().stream().mapToLong(info -> info.offset()).sum();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records the group has not yet committed past. */
    public long lag(String group) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            long end = endOffsets();
            return end - committed.values().stream().filter(java.util.Objects::nonNull)
                    .mapToLong(OffsetAndMetadata::offset).sum();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the first {@code count} records of the topic again, headers and all: duplicates, as a retrying producer makes. */
    public int duplicateFirstRecords(int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.assign(partitions());
            consumer.seekToBeginning(partitions());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        List<ConsumerRecord<String, String>> copies = records.subList(0, Math.min(count, records.size()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (ConsumerRecord<String, String> record : copies) {
                producer.send(new ProducerRecord<>(topic, record.partition(), record.key(), record.value(),
                        record.headers()));
            }
            producer.flush();
        }
        return copies.size();
    }
}
