package disclosure.command.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.command.support.RunningCommandService;
import disclosure.statute.LegalTime;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The alert topic on a real Kafka broker from a real PostgreSQL: every alert (and every 6.1 / 6.2 closing the
 * system records) as the JSON documented in the README, without personal data, and none lost across a restart.
 */
class AlertTopicTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENCY = "市审计局";

    private final String eventsTopic = "events-" + UUID.randomUUID();
    private final String alertsTopic = "alerts-" + UUID.randomUUID();
    /** 2024-03-15 (Friday) 10:00 Beijing time; moved to the days alerts fire. */
    private final MutableClock clock = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10),
            LegalTime.ZONE);

    private RunningCommandService start(String database, boolean alertTopic) {
        return RunningCommandService.start(database, clock, "disclosure.publishing.enabled=true",
                "spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "disclosure.publishing.topic=" + eventsTopic,
                "disclosure.alerts.topic.name=" + alertsTopic,
                "disclosure.alerts.topic.enabled=" + alertTopic,
                "logging.level.org.apache.kafka=WARN");
    }

    /** Received 2024-03-01 in person: the answer is due 2024-03-29 (20 working days). */
    private static String newApplication(RunningCommandService service) throws Exception {
        HttpResponse<String> intake = service.post("/api/applications", """
                {"agency": "%s", "channel": "IN_PERSON", "channelDates": {"handedInOn": "2024-03-01"},
                 "category": "NATURAL_PERSON",
                 "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234", "phone": "13800000000",
                               "address": "北京市东城区某街1号", "email": "zhangsan@example.cn"},
                 "requestedInformation": "某工程审计报告全文", "deliveryForm": "EMAIL"}""".formatted(AGENCY));
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        return JSON.readTree(intake.body()).get("applicationId").asText();
    }

    private static String eventIdOf(RunningCommandService service, String applicationId, String type) {
        return service.jdbc().queryForObject("SELECT event_identifier FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE ?", String.class, applicationId, "%." + type);
    }

    /** Reads the topic from its beginning until {@code count} records are there (more would be repeats). */
    private List<ConsumerRecord<String, String>> awaitAlerts(int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(alertsTopic));
            await("%d alerts on %s".formatted(count, alertsTopic)).atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }

    @Test
    void alertsAndTheClosingsTheSystemRecordsReachTheTopicWithEveryFieldAndNoPersonalData() throws Exception {
        try (RunningCommandService service = start(TestDatabase.freshDatabase(), true)) {
            String overdue = newApplication(service);
            String abandoned = newApplication(service);
            HttpResponse<String> notice = service.post("/api/applications/" + abandoned + "/supplement-request", """
                    {"noticeDate": "2024-03-05", "missingItems": "身份证明", "supplementDueDate": "2024-03-20"}""");
            assertThat(notice.statusCode()).as(notice.body()).isEqualTo(200);

            // Monday 2024-04-01, 09:00: the first working day after 3-29 (overdue, recorded at 08:00 or at once
            // after), and past the 补正 period that ended 3-20 (closed as 6.1 from 3-21 00:00).
            clock.set(LegalTime.startOf(LocalDate.of(2024, 4, 1), 9));
            Map<String, JsonNode> byApplication = awaitAlerts(2).stream().collect(Collectors.toMap(
                    ConsumerRecord::key, record -> {
                        assertThat(record.value()).doesNotContain("张三", "110101199001011234", "13800000000",
                                "北京市东城区", "zhangsan@example.cn", "某工程审计报告全文");
                        try {
                            return JSON.readTree(record.value());
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    }, (first, repeat) -> first));

            JsonNode answerOverdue = byApplication.get(overdue);
            assertThat(answerOverdue.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder(
                    "alertId", "kind", "label", "applicationId", "caseNumber", "agency", "handler", "dueDate",
                    "workingDaysLeft", "appealId", "firedAt");
            assertThat(answerOverdue.get("alertId").asText()).isEqualTo(eventIdOf(service, overdue, "AnswerOverdue"));
            assertThat(answerOverdue.get("kind").asText()).isEqualTo("ANSWER_OVERDUE");
            assertThat(answerOverdue.get("label").asText()).isEqualTo("答复已逾期");
            assertThat(answerOverdue.get("applicationId").asText()).isEqualTo(overdue);
            assertThat(answerOverdue.get("caseNumber").asText()).isEqualTo("2024-0001");
            assertThat(answerOverdue.get("agency").asText()).isEqualTo(AGENCY);
            assertThat(answerOverdue.get("handler").asText()).isEqualTo(RunningCommandService.USER);
            assertThat(answerOverdue.get("dueDate").asText()).isEqualTo("2024-03-29");
            assertThat(answerOverdue.get("workingDaysLeft").isNull()).isTrue();
            assertThat(answerOverdue.get("appealId").isNull()).isTrue();
            assertThat(answerOverdue.get("firedAt").asText()).isEqualTo("2024-04-01T01:00:00Z");

            JsonNode closed = byApplication.get(abandoned);
            assertThat(closed.get("alertId").asText())
                    .isEqualTo(eventIdOf(service, abandoned, "SupplementPeriodExpired"));
            assertThat(closed.get("kind").asText()).isEqualTo("SUPPLEMENT_PERIOD_EXPIRED");
            assertThat(closed.get("caseNumber").asText()).isEqualTo("2024-0002");
            assertThat(closed.get("dueDate").asText()).as("the 补正 period that ran out").isEqualTo("2024-03-20");
        }
    }

    @Test
    void anAlertRecordedWhileTheTopicWasOffIsSentWhenItIsBack() throws Exception {
        String database = TestDatabase.freshDatabase();
        try (RunningCommandService first = start(database, true)) {
            await("the alert processor's token").atMost(Duration.ofSeconds(30)).until(() -> first.jdbc()
                    .queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Long.class,
                            AlertTopicPublisher.PROCESSING_GROUP) == 1);
        }
        String applicationId;
        try (RunningCommandService withoutTopic = start(database, false)) {
            applicationId = newApplication(withoutTopic);
            clock.set(LegalTime.startOf(LocalDate.of(2024, 4, 1), 9));
            await("the overdue alert recorded").atMost(Duration.ofSeconds(30)).until(() -> withoutTopic.jdbc()
                    .queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%AnswerOverdue'",
                            Long.class) == 1);
        }
        try (RunningCommandService back = start(database, true)) {
            List<ConsumerRecord<String, String>> records = awaitAlerts(1);
            assertThat(records).extracting(ConsumerRecord::key).containsOnly(applicationId);
            assertThat(JSON.readTree(records.get(0).value()).get("alertId").asText())
                    .isEqualTo(eventIdOf(back, applicationId, "AnswerOverdue"));
        }
    }
}
