package disclosure.command.publishing;

import disclosure.contract.EventHeaders;
import disclosure.testsupport.MutableClock;
import disclosure.command.support.RunningCommandService;
import disclosure.testsupport.TestDatabase;
import disclosure.statute.LegalTime;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static disclosure.command.publishing.PublishedEvents.assertEachPartitionInGlobalOrder;
import static disclosure.command.publishing.PublishedEvents.assertTopicMirrorsTheStore;
import static disclosure.command.publishing.PublishedEvents.lastGlobalIndex;
import static disclosure.command.publishing.PublishedEvents.readTopic;
import static disclosure.command.publishing.PublishedEvents.stored;
import static disclosure.command.publishing.PublishedEvents.tokenPosition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * command-service publishes its event store to a real Kafka broker (embedded, KRaft) from a real PostgreSQL:
 * every event, in order, with the headers of the message contract, and nothing lost or repeated across restarts.
 */
class PublishingToKafkaTest {
    /** Today for these tests: 2024-03-15 (Friday), 10:00 Beijing time. */
    private static final MutableClock CLOCK = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10),
            LegalTime.ZONE);
    private static EmbeddedKafkaKraftBroker kafka;

    @BeforeAll
    static void startKafka() {
        QuietKafka.now();
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopKafka() {
        kafka.destroy();
    }

    private static RunningCommandService publishing(String jdbcUrl, String topic) {
        List<String> properties = new ArrayList<>(List.of("disclosure.publishing.enabled=true",
                "spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "disclosure.publishing.topic=" + topic));
        properties.addAll(List.of(QuietKafka.properties()));
        return RunningCommandService.start(jdbcUrl, CLOCK, properties.toArray(String[]::new));
    }

    private static String intake(String agency) {
        return """
                {"agency": "%s", "channel": "IN_PERSON", "channelDates": {"handedInOn": "2024-03-01"},
                 "category": "NATURAL_PERSON",
                 "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234", "phone": "13800000000"},
                 "requestedInformation": "2023年本局行政处罚决定书目录", "deliveryForm": "EMAIL"}
                """.formatted(agency);
    }

    private static String newApplication(RunningCommandService service, String agency) {
        HttpResponse<String> response = service.post("/api/applications", intake(agency));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PublishedEvents.json(response.body()).get("applicationId").asText();
    }

    private static void command(RunningCommandService service, String applicationId, String path, String json) {
        HttpResponse<String> response = service.post("/api/applications/" + applicationId + path, json);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    }

    /** Waits until the publisher's token stands on the last stored event: everything before it is acknowledged. */
    private static void awaitCaughtUp(RunningCommandService service) {
        Long last = lastGlobalIndex(service.jdbc());
        await("publisher at global index " + last).atMost(Duration.ofSeconds(30))
                .until(() -> Objects.equals(tokenPosition(service.jdbc()), last));
    }

    @Test
    void everyStoredEventReachesTheTopicInStoreOrderWithTheContractHeaders() {
        String topic = "disclosure.events.http";
        try (RunningCommandService service = publishing(TestDatabase.freshDatabase(), topic)) {
            String first = newApplication(service, "市交通运输局");
            String second = newApplication(service, "市生态环境局");
            command(service, first, "/supplement-request", """
                    {"noticeDate": "2024-03-05", "missingItems": "身份证明", "supplementDueDate": "2024-03-29"}""");
            command(service, second, "/reasons-request", """
                    {"requestedOn": "2024-03-04", "note": "请说明理由"}""");
            command(service, first, "/supplement", """
                    {"receivedOn": "2024-03-08"}""");
            command(service, first, "/extension", """
                    {"workingDays": 10, "approvedBy": "办公室主任", "decidedOn": "2024-03-15", "reason": "需要调档"}""");
            command(service, second, "/answer", """
                    {"outcome": "1", "legalBasis": "条例第三十六条", "answeredOn": "2024-03-15"}""");
            command(service, first, "/answer", """
                    {"outcome": "3.4", "legalBasis": "条例第十五条", "answeredOn": "2024-03-15", "summary": "涉及商业秘密"}""");
            long storedCount = service.eventCount();

            List<ConsumerRecord<String, String>> records = await("all " + storedCount + " events on the topic")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> readTopic(kafka.getBrokersAsString(), topic), read -> read.size() >= storedCount);

            assertTopicMirrorsTheStore(records, stored(service.jdbc()));
            assertEachPartitionInGlobalOrder(records);
            assertThat(records).extracting(ConsumerRecord::key).containsOnly(first, second);
            Map<String, TopicDescription> described = kafka.doWithAdminFunction(admin -> admin
                    .describeTopics(List.of(topic)).allTopicNames().toCompletionStage().toCompletableFuture().join());
            assertThat(described.get(topic).partitions()).as("partitions of the created topic").hasSize(3);
        }
    }

    @Test
    void eventsStoredWhilePublishingWasOffOrStoppedArePublishedOnceAfterARestart() {
        String topic = "disclosure.events.restart";
        String database = TestDatabase.freshDatabase();
        String early;
        try (RunningCommandService withoutPublishing = RunningCommandService.start(database, CLOCK,
                QuietKafka.properties())) {
            early = newApplication(withoutPublishing, "市民政局");
            command(withoutPublishing, early, "/supplement-request", """
                    {"noticeDate": "2024-03-05", "missingItems": "身份证明", "supplementDueDate": "2024-03-29"}""");
        }

        String later;
        long positionAtStop;
        try (RunningCommandService service = publishing(database, topic)) {
            awaitCaughtUp(service);
            assertTopicMirrorsTheStore(readTopic(kafka.getBrokersAsString(), topic), stored(service.jdbc()));
            later = newApplication(service, "市财政局");
            awaitCaughtUp(service);
            positionAtStop = tokenPosition(service.jdbc());
        }

        try (RunningCommandService restarted = publishing(database, topic)) {
            assertThat(tokenPosition(restarted.jdbc())).as("token kept across the restart").isEqualTo(positionAtStop);
            command(restarted, early, "/supplement", """
                    {"receivedOn": "2024-03-08"}""");
            command(restarted, later, "/withdrawal", """
                    {"withdrawnOn": "2024-03-15"}""");
            awaitCaughtUp(restarted);

            List<PublishedEvents.StoredEvent> stored = stored(restarted.jdbc());
            assertThat(stored).hasSize(5);
            assertTopicMirrorsTheStore(readTopic(kafka.getBrokersAsString(), topic), stored);
            assertThat(restarted.jdbc().queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                    Long.class, EventPublisher.PROCESSING_GROUP)).as("one segment").isEqualTo(1);
        }
    }

    /**
     * Two commands whose transactions commit out of order leave a gap in the global index that the publisher
     * fills later; the late event still carries its own global position, not the publisher's furthest one.
     */
    @Test
    void anEventCommittedAfterANewerOneIsPublishedWithItsOwnGlobalPosition() throws Exception {
        String topic = "disclosure.events.gap";
        String database = TestDatabase.freshDatabase();
        try (RunningCommandService service = publishing(database, topic)) {
            String early = newApplication(service, "市商务局");
            awaitCaughtUp(service);
            String late = UUID.randomUUID().toString();
            try (Connection slowTransaction = DriverManager.getConnection(database, "postgres", "postgres")) {
                // Stands for a slow command: its event takes the next global index but commits only later.
                slowTransaction.setAutoCommit(false);
                long lateIndex;
                try (PreparedStatement insert = slowTransaction.prepareStatement("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            payload_type, payload_revision, payload, meta_data, time_stamp)
                        SELECT ?, ?, 0, type, payload_type, payload_revision,
                               convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8'), meta_data, time_stamp
                        FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0
                        RETURNING global_index""")) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, late);
                    insert.setString(3, early);
                    insert.setString(4, late);
                    insert.setString(5, early);
                    try (ResultSet inserted = insert.executeQuery()) {
                        assertThat(inserted.next()).isTrue();
                        lateIndex = inserted.getLong(1);
                    }
                }
                command(service, early, "/reasons-request", """
                        {"requestedOn": "2024-03-04", "note": "请说明理由"}""");
                awaitCaughtUp(service);
                assertThat(lastGlobalIndex(service.jdbc())).as("the newer event").isGreaterThan(lateIndex);
                slowTransaction.commit();
            }

            List<ConsumerRecord<String, String>> records = await("the late event on the topic")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> readTopic(kafka.getBrokersAsString(), topic), read -> read.size() >= 3);
            assertTopicMirrorsTheStore(records, stored(service.jdbc()));
            List<ConsumerRecord<String, String>> inPublicationOrder = records.stream()
                    .sorted(java.util.Comparator.comparingLong(record -> Long.parseLong(new String(
                            record.headers().lastHeader(EventHeaders.PUBLISH_SEQUENCE).value(),
                            java.nio.charset.StandardCharsets.UTF_8))))
                    .toList();
            assertThat(inPublicationOrder).extracting(ConsumerRecord::key).as("publication order")
                    .containsExactly(early, early, late);
            assertThat(inPublicationOrder).extracting(record -> new String(
                            record.headers().lastHeader(EventHeaders.COMPLETE_UP_TO).value(),
                            java.nio.charset.StandardCharsets.UTF_8))
                    .as("the newer event is not complete up to itself while the late one is pending")
                    .containsExactly(String.valueOf(stored(service.jdbc()).get(0).globalIndex()),
                            String.valueOf(stored(service.jdbc()).get(0).globalIndex()),
                            String.valueOf(lastGlobalIndex(service.jdbc())));
        }
    }
}
