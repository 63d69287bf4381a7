package disclosure.command.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.command.support.RunningCommandService;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestKafka;
import disclosure.statute.LegalTime;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two command-service instances on one database (a production deployment with more than one node): commands on
 * one application arriving at both nodes never lose an update — each one either is stored or answers 409 — and the
 * publishing processor's token is held by one node at a time, so every event is published in one order.
 */
class TwoCommandNodesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void racingCommandsOnBothNodesAreEachStoredOrRefusedAndPublishedOnce() throws Exception {
        String database = TestDatabase.freshDatabase();
        String topic = "two-nodes-" + UUID.randomUUID();
        MutableClock clock = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10), LegalTime.ZONE);
        String[] kafka = {"disclosure.publishing.enabled=true",
                "spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "disclosure.publishing.topic=" + topic};
        try (RunningCommandService first = RunningCommandService.start(database, clock, kafka);
             RunningCommandService second = RunningCommandService.start(database, clock, kafka)) {
            HttpResponse<String> intake = first.post("/api/applications", """
                    {"agency": "市司法局", "channel": "IN_PERSON", "channelDates": {"handedInOn": "2024-03-01"},
                     "category": "NATURAL_PERSON", "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234",
                     "phone": "13800000000"}, "requestedInformation": "行政复议决定书", "deliveryForm": "EMAIL"}""");
            String id = JSON.readTree(intake.body()).get("applicationId").asText();

            int commands = 24;
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < commands; i++) {
                RunningCommandService node = i % 2 == 0 ? first : second;
                String consultation = "c-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return node.post("/api/applications/" + id + "/consultations", """
                            {"consultationId": "%s", "kind": "OTHER_AGENCY", "consultedParty": "市财政局",
                             "sentOn": "2024-03-05"}""".formatted(consultation));
                }));
            }
            start.countDown();
            int stored = 0;
            for (Future<HttpResponse<String>> result : results) {
                HttpResponse<String> response = result.get();
                assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
                if (response.statusCode() == 200) {
                    stored++;
                } else {
                    assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("VERSION_CONFLICT");
                }
            }
            pool.shutdown();

            List<Long> sequences = first.jdbc().queryForList(
                    "SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY 1",
                    Long.class, id);
            assertThat(sequences).as("one event per accepted command, no sequence lost or doubled")
                    .hasSize(stored + 1).containsExactlyElementsOf(
                            java.util.stream.LongStream.rangeClosed(0, stored).boxed().toList());
            assertThat(stored).as("at least one command succeeded on each node's turn").isPositive();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(first.jdbc().queryForObject(
                    "SELECT count(*) FROM published_event", Long.class)).isEqualTo(sequences.size()));
            assertThat(first.jdbc().queryForList("SELECT owner FROM token_entry WHERE processor_name = 'kafka-publisher'",
                    String.class)).as("one token, held by one node").hasSize(1);
            assertThat(first.jdbc().queryForObject("SELECT max(publish_sequence) FROM published_event", Long.class))
                    .as("numbered 1…n without gaps or repeats").isEqualTo((long) sequences.size());
        }
    }
}
