package disclosure.command.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.testsupport.MutableClock;
import disclosure.command.support.RunningCommandService;
import disclosure.testsupport.TestDatabase;
import disclosure.statute.LegalTime;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 补正 deadline is durable: scheduled in PostgreSQL (db-scheduler), it survives a restart, and when the service
 * comes back after the supplement period ended, the application closes as 6.1 exactly once, with no human action.
 */
class DurableDeadlineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSupplementPeriodThatEndedWhileTheServiceWasDownClosesTheApplicationOnceAfterRestart() throws Exception {
        String database = TestDatabase.freshDatabase();
        MutableClock clock = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10), LegalTime.ZONE);
        String applicationId;

        try (RunningCommandService service = RunningCommandService.start(database, clock)) {
            HttpResponse<String> intake = service.post("/api/applications", """
                    {"agency": "市审计局", "channel": "INTERNET", "channelDates": {"confirmedOn": "2024-03-01"},
                     "category": "COMMERCIAL_ENTERPRISE",
                     "applicant": {"name": "某某有限公司", "idDocumentNumber": "91110000000000000X", "phone": "010-12345678"},
                     "requestedInformation": "某项目审计结果", "deliveryForm": "EMAIL"}""");
            assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
            applicationId = JSON.readTree(intake.body()).get("applicationId").asText();
            HttpResponse<String> notice = service.post("/api/applications/" + applicationId + "/supplement-request", """
                    {"noticeDate": "2024-03-05", "missingItems": "营业执照副本", "supplementDueDate": "2024-03-20"}""");
            assertThat(notice.statusCode()).as(notice.body()).isEqualTo(200);

            List<Timestamp> scheduled = service.jdbc().queryForList(
                    "SELECT execution_time FROM scheduled_tasks", Timestamp.class);
            assertThat(scheduled).as("the deadline is stored, to fire at 00:00 Beijing time on 2024-03-21")
                    .containsExactly(Timestamp.from(LegalTime.startOf(LocalDate.of(2024, 3, 21), 0)));
        }

        clock.set(LegalTime.startOf(LocalDate.of(2024, 3, 21), 8));
        try (RunningCommandService restarted = RunningCommandService.start(database, clock)) {
            String expired = "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                    + "WHERE aggregate_identifier = ? AND payload_type LIKE '%SupplementPeriodExpired'";
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(restarted.jdbc().queryForList(expired, String.class, applicationId)).hasSize(1));

            JsonNode event = JSON.readTree(restarted.jdbc().queryForObject(expired, String.class, applicationId));
            assertThat(event.get("by").asText()).isEqualTo("system");
            assertThat(event.get("supplementDueDate").asText()).isEqualTo("2024-03-20");
            assertThat(event.get("closedOn").asText()).isEqualTo("2024-03-21");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    restarted.jdbc().queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class)).isZero());
            assertThat(restarted.jdbc().queryForList(expired, String.class, applicationId))
                    .as("recorded once").hasSize(1);

            HttpResponse<String> tooLate = restarted.post("/api/applications/" + applicationId + "/supplement", """
                    {"receivedOn": "2024-03-21"}""");
            assertThat(tooLate.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(tooLate.body()).get("code").asText()).isEqualTo("APPLICATION_CLOSED");
        }
    }

    @Test
    void anOverdueAlertMissedWhileTheServiceWasDownIsRecordedOnceAfterRestart() throws Exception {
        String database = TestDatabase.freshDatabase();
        MutableClock clock = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10), LegalTime.ZONE);
        String applicationId;
        try (RunningCommandService service = RunningCommandService.start(database, clock)) {
            HttpResponse<String> intake = service.post("/api/applications", """
                    {"agency": "市审计局", "channel": "IN_PERSON", "channelDates": {"handedInOn": "2024-03-01"},
                     "category": "NATURAL_PERSON",
                     "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234", "phone": "13800000000"},
                     "requestedInformation": "某审计报告", "deliveryForm": "EMAIL"}""");
            applicationId = JSON.readTree(intake.body()).get("applicationId").asText();
            // due 2024-03-29: alerts planned for 3-22 and 3-28 (due soon) and 4-1 (overdue), at 08:00 Beijing time
            assertThat(service.jdbc().queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class)).isEqualTo(3);
        }

        clock.set(LegalTime.startOf(LocalDate.of(2024, 4, 2), 9));
        try (RunningCommandService restarted = RunningCommandService.start(database, clock)) {
            String alerts = "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "AND (payload_type LIKE '%AnswerOverdue' OR payload_type LIKE '%AnswerDueSoon')";
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    restarted.jdbc().queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class)).isZero());
            assertThat(restarted.jdbc().queryForList(alerts, String.class, applicationId))
                    .as("the stale due-soon alerts are not recorded; the overdue one is, once")
                    .containsExactly("disclosure.contract.alert.AnswerOverdue");
        }
    }
}
