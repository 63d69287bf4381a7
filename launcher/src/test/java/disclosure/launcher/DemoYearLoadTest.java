package disclosure.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.access.Role;
import disclosure.access.SignOff;
import disclosure.launcher.WorkInProgress.Line;
import disclosure.launcher.WorkInProgress.Stage;
import disclosure.statute.LegalTime;
import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;
import disclosure.testsupport.ServiceProcess;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestKafka;
import disclosure.testsupport.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The demo as {@code ./run.sh} loads it, into command-service and query-service running as their own processes on a
 * real PostgreSQL and a real Kafka broker: no line is refused, this year's open applications are there in the states
 * they were made for (waiting for a 补正, paused by a consultation, overdue exactly where meant), the alerts fire, and
 * the 负责人 of each agency finds the 承办人's extension requests — and in the sign-off agency the answers submitted for
 * sign-off — on the 审批 list. Loaded again, as after a start that failed half-way, it adds and asks nothing twice.
 *
 * <p>The demo's clock is fixed at the test's start; the services keep the real time (they have no other), so the
 * demo is loaded on the real today, as {@code ./run.sh} loads it.
 */
class DemoYearLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SignOff SIGN_OFF = SignOff.of(List.of(DemoYear.SIGN_OFF_AGENCY));
    private static ServiceProcess commands;
    private static ServiceProcess queries;

    @BeforeAll
    static void startServices() {
        String commandDb = TestDatabase.freshDatabase();
        String queryDb = TestDatabase.freshDatabase();
        String kafka = TestKafka.bootstrapServers();
        String topic = "demo-" + UUID.randomUUID();
        CompletableFuture<ServiceProcess> command = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                "demo-command-service", "command-service", ServiceProcess.freePort(), Map.of(
                        "DISCLOSURE_COMMAND_DB_URL", commandDb,
                        "DISCLOSURE_COMMAND_DB_USER", "postgres",
                        "DISCLOSURE_COMMAND_DB_PASSWORD", "postgres",
                        "DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", kafka,
                        "DISCLOSURE_EVENTS_TOPIC", topic,
                        "DISCLOSURE_DEADLINE_POLLING", "1s",
                        "DISCLOSURE_SIGN_OFF_AGENCIES", DemoYear.SIGN_OFF_AGENCY)));
        CompletableFuture<ServiceProcess> query = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                "demo-query-service", "query-service", ServiceProcess.freePort(), Map.of(
                        "DISCLOSURE_QUERY_DB_URL", queryDb,
                        "DISCLOSURE_QUERY_DB_USER", "postgres",
                        "DISCLOSURE_QUERY_DB_PASSWORD", "postgres",
                        "DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", kafka,
                        "DISCLOSURE_EVENTS_TOPIC", topic,
                        "DISCLOSURE_QUERY_GROUP", "query-" + topic,
                        "DISCLOSURE_COMMAND_DB_URL", commandDb,
                        "DISCLOSURE_COMMAND_DB_USER", "postgres",
                        "DISCLOSURE_COMMAND_DB_PASSWORD", "postgres")));
        commands = command.join();
        queries = query.join();
    }

    @AfterAll
    static void stopServices() {
        if (queries != null) {
            queries.close();
        }
        if (commands != null) {
            commands.close();
        }
    }

    private static int port(ServiceProcess service) {
        return URI.create(service.url("/")).getPort();
    }

    private static JsonNode get(String token, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(queries.url(pathAndQuery)))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array, String pointer) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.at(pointer).asText()));
        return texts;
    }

    private static List<String> caseNumbers(List<Line> lines, String agency, Stage stage) {
        return lines.stream().filter(line -> line.agency().equals(agency) && line.stage() == stage)
                .map(Line::caseNo).toList();
    }

    /** Whether every answer due within the next 5 working days has a due date the calendar knows. */
    private static boolean dueDatesKnown(WorkingDayCalendar calendar, LocalDate today) {
        try {
            calendar.addWorkingDays(today, 5);
            return true;
        } catch (CalendarYearUnknownException e) {
            return false;
        }
    }

    @Test
    void theDemoIsAcceptedWholeWithOpenCasesAlertsAndApprovalsWaitingAndLoadsAgainWithoutDoubles() throws Exception {
        Clock clock = Clock.fixed(Instant.now(), LegalTime.ZONE);
        LocalDate today = LegalTime.today(clock);
        WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
        List<Line> expected = WorkInProgress.lines(today, calendar, DemoYear.AGENCIES, SIGN_OFF);
        DemoYear demo = new DemoYear(port(commands), port(queries), TestStaff.SECRET, SIGN_OFF, calendar, clock);

        DemoYear.Summary summary = demo.load();
        assertThat(summary.refused()).as(summary.toString()).isZero();
        assertThat(summary.imported()).isEqualTo(3600);
        DemoYear.Work work = summary.work();
        assertThat(work.refused()).as(summary.toString()).isZero();
        assertThat(work.open()).isEqualTo(expected.size());
        assertThat(work.extensionRequests()).isEqualTo(expected.stream()
                .filter(line -> line.stage() == Stage.EXTENSION_REQUESTED).count());
        assertThat(work.answersForSignOff()).isEqualTo(3);
        assertThat(work.signOffAgencies()).containsExactly(DemoYear.SIGN_OFF_AGENCY);

        String statistician = TestStaff.token("demo-statistician", null, Role.STATISTICIAN);
        String demoCases = "&q=" + encoded(WorkInProgress.CASE_NUMBER_MARK) + "&size=500&minPosition="
                + summary.position();
        JsonNode open = get(statistician, "/api/applications?status=OPEN&receivedYear=" + today.getYear() + demoCases);
        assertThat(open.get("total").asLong()).as("open applications of this year")
                .isEqualTo(expected.stream().filter(line -> line.receivedOn().getYear() == today.getYear()).count());
        JsonNode all = get(statistician, "/api/applications?status=OPEN" + demoCases);
        for (JsonNode row : all.get("items")) {
            Line line = expected.stream().filter(candidate -> candidate.agency().equals(row.get("agency").asText())
                    && candidate.caseNo().equals(row.get("caseNumber").asText())).findFirst().orElseThrow();
            String phase = switch (line.stage()) {
                case SUPPLEMENT_PENDING -> "AWAITING_SUPPLEMENT";
                case IN_CONSULTATION -> "PAUSED";
                default -> "RUNNING";
            };
            assertThat(row.get("phase").asText()).as(line.toString()).isEqualTo(phase);
        }
        assertThat(all.get("total").asLong()).isEqualTo(expected.size());
        JsonNode overdue = get(statistician, "/api/applications?overdue=true" + demoCases);
        assertThat(texts(overdue.get("items"), "/caseNumber")).as("overdue are those made so")
                .hasSameElementsAs(expected.stream().filter(line -> line.stage() == Stage.OVERDUE)
                        .map(Line::caseNo).toList());

        for (String agency : DemoYear.AGENCIES) {
            String supervisor = TestStaff.token("demo-supervisor", agency, Role.SUPERVISOR);
            JsonNode approvals = get(supervisor, "/api/approvals?agency=" + encoded(agency) + "&minPosition="
                    + summary.position());
            assertThat(texts(approvals.get("extensionRequests"), "/application/caseNumber")).as(agency)
                    .hasSameElementsAs(caseNumbers(expected, agency, Stage.EXTENSION_REQUESTED)).isNotEmpty();
            assertThat(texts(approvals.get("answersAwaitingSignOff"), "/application/caseNumber")).as(agency)
                    .hasSameElementsAs(caseNumbers(expected, agency, Stage.AWAITING_SIGN_OFF));
            String handler = expected.stream().filter(line -> line.agency().equals(agency)).findFirst().orElseThrow()
                    .handler().userId();
            assertThat(texts(approvals.get("extensionRequests"), "/requestedBy")).as("asked by the 承办人")
                    .containsOnly(handler);

            // in the last days of the calendar's last year a due date may fall in a year it does not know: unknown
            // to the services too, and nothing is warned of
            List<String> kinds = dueDatesKnown(calendar, today) ? List.of("ANSWER_OVERDUE", "ANSWER_DUE_SOON")
                    : List.of("ANSWER_OVERDUE");
            JsonNode inbox = await(kinds + " in " + agency).atMost(Duration.ofSeconds(30))
                    .until(() -> get(supervisor, "/api/inbox?agency=" + encoded(agency) + "&size=500"),
                            answer -> texts(answer.get("alerts"), "/kind").containsAll(kinds));
            assertThat(inbox.get("alerts")).filteredOn(alert -> alert.get("kind").asText().equals("ANSWER_OVERDUE"))
                    .extracting(alert -> alert.get("caseNumber").asText())
                    .containsExactlyElementsOf(caseNumbers(expected, agency, Stage.OVERDUE));
        }
        assertThat(caseNumbers(expected, DemoYear.SIGN_OFF_AGENCY, Stage.AWAITING_SIGN_OFF)).hasSize(3);

        // A request sent again without its Idempotency-Key would be refused (EXTENSION_REQUEST_PENDING,
        // ANSWER_AWAITING_SIGN_OFF) and fail the load: that it completes shows each was carried out once.
        DemoYear.Summary again = new DemoYear(port(commands), port(queries), TestStaff.SECRET, SIGN_OFF, calendar,
                clock).load();
        assertThat(again.imported()).as("nothing imported twice").isZero();
        assertThat(again.refused()).isZero();
        assertThat(again.work().refused()).isZero();
        assertThat(again.work().open()).isEqualTo(expected.size());
        assertThat(again.work().extensionRequests()).isEqualTo(work.extensionRequests());
    }

    @Test
    void aCommandTheServiceRefusesStopsTheLoadSayingWhatAndWhyInChineseAndEnglish() {
        DemoApi api = new DemoApi(port(commands), port(queries));
        String handler = TestStaff.token("demo-handler", DemoYear.SIGN_OFF_AGENCY, Role.HANDLER);
        assertThatThrownBy(() -> api.post(handler, "/api/applications/" + UUID.randomUUID() + "/extension-request",
                "{\"workingDays\": 15, \"reason\": \"需调取档案\"}", "demo:test:" + UUID.randomUUID(),
                new DemoApi.Task("示范市公安局 2026-演示-0001 的延期申请", "extension-request of 2026-演示-0001")))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("演示数据载入失败（示范市公安局 2026-演示-0001 的延期申请）：404")
                .hasMessageContaining("loading the demo failed (extension-request of 2026-演示-0001): 404")
                .hasMessageMatching("(?s).*\\p{IsHan}.* / .*[a-z]{4,}.*");
    }
}
