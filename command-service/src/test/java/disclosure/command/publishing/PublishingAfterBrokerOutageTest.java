package disclosure.command.publishing;

import disclosure.testsupport.MutableClock;
import disclosure.command.support.RunningCommandService;
import disclosure.testsupport.TestDatabase;
import disclosure.statute.LegalTime;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static disclosure.command.publishing.PublishedEvents.assertTopicMirrorsTheStore;
import static disclosure.command.publishing.PublishedEvents.readTopic;
import static disclosure.command.publishing.PublishedEvents.stored;
import static disclosure.command.publishing.PublishedEvents.tokenPosition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka down does not stop the command service, and loses no event: the publisher retries until the broker is
 * back, then publishes what was stored meanwhile, on a topic with the configured partitions.
 */
class PublishingAfterBrokerOutageTest {
    private static final MutableClock CLOCK = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10),
            LegalTime.ZONE);
    private static final String TOPIC = "disclosure.events.outage";

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean inErrorState(RunningCommandService service) {
        Map<Integer, EventTrackerStatus> status = service.bean(EventProcessingConfiguration.class)
                .eventProcessor(EventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow().processingStatus();
        return status.values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    @Test
    void eventsStoredWhileTheBrokerIsDownArePublishedWhenItComesBack() {
        QuietKafka.now();
        int port = freePort();
        String bootstrapServers = "localhost:" + port;
        List<String> properties = new ArrayList<>(List.of("disclosure.publishing.enabled=true",
                "spring.kafka.bootstrap-servers=" + bootstrapServers,
                "disclosure.publishing.topic=" + TOPIC,
                // Short waits so that the start-up and the failed attempts do not drag the test out.
                "spring.kafka.admin.operation-timeout=1s",
                "spring.kafka.admin.properties.request.timeout.ms=1000",
                "spring.kafka.admin.properties.default.api.timeout.ms=1000",
                "spring.kafka.producer.properties.max.block.ms=1000",
                // The clients' complaints about the missing broker are the point of this test, not news.
                "logging.level.org.apache.kafka.clients=ERROR",
                "logging.level.org.springframework.kafka.core.KafkaAdmin=OFF",
                "logging.level.org.axonframework.eventhandling.TrackingEventProcessor=ERROR"));
        properties.addAll(List.of(QuietKafka.properties()));

        EmbeddedKafkaKraftBroker kafka = null;
        try (RunningCommandService service = RunningCommandService.start(TestDatabase.freshDatabase(), CLOCK,
                properties.toArray(String[]::new))) {
            HttpResponse<String> intake = service.post("/api/applications", """
                    {"agency": "市水务局", "channel": "IN_PERSON", "channelDates": {"handedInOn": "2024-03-01"},
                     "category": "NATURAL_PERSON",
                     "applicant": {"name": "李四", "idDocumentNumber": "110101199001011234", "phone": "13800000000"},
                     "requestedInformation": "2023年供水水质检测报告", "deliveryForm": "EMAIL"}
                    """);
            assertThat(intake.statusCode()).as("commands while Kafka is down: " + intake.body()).isEqualTo(201);
            await("a failed publication").atMost(Duration.ofSeconds(30)).until(() -> inErrorState(service));
            assertThat(tokenPosition(service.jdbc())).as("token while nothing was acknowledged").isNull();

            // The broker comes up where the service has been looking for it (kafkaPorts is ignored in KRaft mode).
            kafka = new EmbeddedKafkaKraftBroker(1, 1);
            kafka.brokerProperty("listeners", "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:0");
            kafka.afterPropertiesSet();

            List<ConsumerRecord<String, String>> records = await("the event on the topic")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> readTopic(bootstrapServers, TOPIC), read -> !read.isEmpty());
            assertTopicMirrorsTheStore(records, stored(service.jdbc()));
            Map<String, TopicDescription> described = kafka.doWithAdminFunction(admin -> admin
                    .describeTopics(List.of(TOPIC)).allTopicNames().toCompletionStage().toCompletableFuture().join());
            assertThat(described.get(TOPIC).partitions()).as("partitions of the topic made after the outage")
                    .hasSize(3);
            await("error state cleared").atMost(Duration.ofSeconds(10)).until(() -> !inErrorState(service));
        } finally {
            if (kafka != null) {
                kafka.destroy();
            }
        }
    }
}
