package disclosure.command.deadlines;

import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.command.support.RunningCommandService;
import disclosure.statute.LegalTime;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durable deadlines are listed by scope, so that cancelling an application's deadlines reads only its own: the
 * list follows the scheduled tasks as they are scheduled and cancelled, cancelling one application's deadlines leaves
 * the others', and deadlines scheduled before the list existed are listed when the service starts.
 */
class ScopeIndexedDeadlineManagerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEDULED = "SELECT task_instance FROM scheduled_tasks WHERE task_name = 'AxonDeadline'";
    private static final String LISTED = "SELECT task_instance FROM deadline_scope";
    private static final String LISTED_FOR = "SELECT count(*) FROM deadline_scope listed JOIN scheduled_tasks task "
            + "USING (task_instance) WHERE convert_from(listed.scope, 'UTF8') LIKE '%' || ? || '%'";

    @Test
    void theListFollowsTheScheduledDeadlinesAndIsCompletedAtStartUp() throws Exception {
        String database = TestDatabase.freshDatabase();
        MutableClock clock = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10), LegalTime.ZONE);
        String first;
        String second;
        try (RunningCommandService service = RunningCommandService.start(database, clock)) {
            first = intake(service);
            second = intake(service);
            command(service, first, "/supplement-request", """
                    {"noticeDate": "2024-03-15", "missingItems": "营业执照副本", "supplementDueDate": "2024-03-29"}""");
            assertThat(scheduled(service)).isNotEmpty().containsExactlyInAnyOrderElementsOf(listed(service));
            assertThat(listedFor(service, first)).isPositive();
            long secondsDeadlines = listedFor(service, second);
            assertThat(secondsDeadlines).isPositive();

            command(service, first, "/answer", """
                    {"outcome": "1", "legalBasis": "条例第三十六条", "answeredOn": "2024-03-15"}""");
            assertThat(listedFor(service, first)).as("the answered application's deadlines").isZero();
            assertThat(listedFor(service, second)).as("the other application's").isEqualTo(secondsDeadlines);
            assertThat(scheduled(service)).containsExactlyInAnyOrderElementsOf(listed(service));

            // As if the deadlines had been scheduled by a version without the list.
            service.jdbc().update("DELETE FROM deadline_scope");
        }

        try (RunningCommandService restarted = RunningCommandService.start(database, clock)) {
            assertThat(scheduled(restarted)).isNotEmpty().containsExactlyInAnyOrderElementsOf(listed(restarted));
            command(restarted, second, "/answer", """
                    {"outcome": "2", "legalBasis": "条例第三十七条", "answeredOn": "2024-03-15"}""");
            assertThat(scheduled(restarted)).isEmpty();
            assertThat(listed(restarted)).isEmpty();
        }
    }

    private static String intake(RunningCommandService service) throws Exception {
        HttpResponse<String> intake = service.post("/api/applications", """
                {"agency": "市审计局", "channel": "INTERNET", "channelDates": {"confirmedOn": "2024-03-14"},
                 "category": "NATURAL_PERSON",
                 "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234", "phone": "13800000000"},
                 "requestedInformation": "某项目审计结果", "deliveryForm": "EMAIL"}""");
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        return JSON.readTree(intake.body()).get("applicationId").asText();
    }

    private static void command(RunningCommandService service, String applicationId, String path, String body) {
        HttpResponse<String> response = service.post("/api/applications/" + applicationId + path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    }

    private static List<String> scheduled(RunningCommandService service) {
        return service.jdbc().queryForList(SCHEDULED, String.class);
    }

    private static List<String> listed(RunningCommandService service) {
        return service.jdbc().queryForList(LISTED, String.class);
    }

    private static long listedFor(RunningCommandService service, String applicationId) {
        return service.jdbc().queryForObject(LISTED_FOR, Long.class, applicationId);
    }
}
