package disclosure.command.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.command.support.RunningCommandService;
import disclosure.statute.LegalTime;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 预警已阅 through the HTTP API on a real PostgreSQL: an alert is acknowledged once, with who and when, as an event;
 * a second acknowledgement and an unknown alert are refused with a problem body and store nothing.
 */
class AlertAcknowledgementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAlertIsAcknowledgedOnceWithWhoAndWhenAndAnUnknownOneIsRefused() throws Exception {
        MutableClock clock = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10), LegalTime.ZONE);
        try (RunningCommandService service = RunningCommandService.start(TestDatabase.freshDatabase(), clock)) {
            HttpResponse<String> intake = service.post("/api/applications", """
                    {"agency": "市审计局", "channel": "IN_PERSON", "channelDates": {"handedInOn": "2024-03-01"},
                     "category": "NATURAL_PERSON",
                     "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234"},
                     "requestedInformation": "某审计报告", "deliveryForm": "EMAIL"}""");
            assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
            String applicationId = JSON.readTree(intake.body()).get("applicationId").asText();
            // Monday 2024-04-01, 09:00: received 2024-03-01, the answer was due 3-29; overdue since 08:00.
            clock.set(LegalTime.startOf(LocalDate.of(2024, 4, 1), 9));
            String overdue = "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "AND payload_type LIKE '%AnswerOverdue'";
            String alertId = await("the overdue alert").atMost(Duration.ofSeconds(30)).until(() -> service.jdbc()
                    .queryForList(overdue, String.class, applicationId), ids -> ids.size() == 1).get(0);
            String path = "/api/applications/" + applicationId + "/alerts/" + alertId + "/acknowledge";

            clock.set(LegalTime.startOf(LocalDate.of(2024, 4, 1), 10));
            HttpResponse<String> acknowledged = service.post(path, "");
            assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
            JsonNode event = JSON.readTree(service.jdbc().queryForObject("""
                    SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                    WHERE aggregate_identifier = ? AND payload_type LIKE '%AlertAcknowledged'""",
                    String.class, applicationId));
            assertThat(event.get("alertId").asText()).isEqualTo(alertId);
            assertThat(event.get("by").asText()).isEqualTo(RunningCommandService.USER);
            assertThat(event.get("at").asText()).isEqualTo("2024-04-01T02:00:00Z");
            long stored = service.eventCount();

            HttpResponse<String> again = service.post(path, "");
            assertThat(again.statusCode()).isEqualTo(409);
            JsonNode problem = JSON.readTree(again.body());
            assertThat(problem.get("code").asText()).isEqualTo("ALERT_ALREADY_ACKNOWLEDGED");
            assertThat(problem.get("detail").asText()).isEqualTo("该预警已由staff-001于2024-04-01 10:00:00（北京时间）确认");
            assertThat(problem.get("title_en").asText()).isEqualTo("The alert has already been acknowledged");

            HttpResponse<String> unknown = service.post("/api/applications/" + applicationId
                    + "/alerts/no-such-alert/acknowledge", "");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(unknown.body()).get("code").asText()).isEqualTo("UNKNOWN_ALERT");

            HttpResponse<String> notAnAlert = service.post("/api/applications/" + applicationId + "/alerts/"
                    + service.jdbc().queryForObject("SELECT event_identifier FROM domain_event_entry "
                    + "WHERE aggregate_identifier = ? AND sequence_number = 0", String.class, applicationId)
                    + "/acknowledge", "");
            assertThat(notAnAlert.statusCode()).as("the intake is no alert").isEqualTo(404);
            assertThat(service.eventCount()).as("refusals store nothing").isEqualTo(stored);
        }
    }
}
