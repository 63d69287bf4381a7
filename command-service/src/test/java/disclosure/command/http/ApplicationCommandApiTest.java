package disclosure.command.http;

import disclosure.testsupport.TestStaff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.testsupport.MutableClock;
import disclosure.command.support.RunningCommandService;
import disclosure.testsupport.TestDatabase;
import disclosure.statute.LegalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API of command-service against a real PostgreSQL: successes, every kind of bad input (each answered
 * with a bilingual problem body and nothing stored), and races on one application.
 */
class ApplicationCommandApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Today for these tests: 2024-03-15 (Friday), 10:00 Beijing time. */
    private static final MutableClock CLOCK = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10),
            LegalTime.ZONE);
    private static RunningCommandService service;

    @BeforeAll
    static void start() {
        service = RunningCommandService.start(TestDatabase.freshDatabase(), CLOCK);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static String intake(String agency, String handedInOn) {
        return """
                {"agency": "%s", "channel": "IN_PERSON", "channelDates": {"handedInOn": "%s"},
                 "category": "NATURAL_PERSON",
                 "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234", "phone": "13800000000"},
                 "requestedInformation": "2023年本局行政处罚决定书目录", "deliveryForm": "EMAIL"}
                """.formatted(agency, handedInOn);
    }

    private static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static String newApplication(String agency) {
        HttpResponse<String> response = service.post("/api/applications", intake(agency, "2024-03-01"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response).get("applicationId").asText();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("urn:disclosure:problem:");
        assertThat(problem.get("title").asText()).as("Chinese title").containsPattern("\\p{IsHan}");
        assertThat(problem.get("detail").asText()).as("Chinese detail").isNotBlank();
        assertThat(problem.get("title_en").asText()).as("English title").isNotBlank();
        assertThat(problem.get("detail_en").asText()).as("English detail").isNotBlank();
    }

    /** Sends a bad request and checks the problem it gets and that no event was stored because of it. */
    private static JsonNode refused(String path, String json, int status, String code) {
        long before = service.eventCountExceptAlerts();
        HttpResponse<String> response = service.post(path, json);
        assertProblem(response, status, code);
        assertThat(service.eventCountExceptAlerts()).as("events stored by a refused command").isEqualTo(before);
        return body(response);
    }

    @Test
    void intakeAnswersWithTheCaseNumberVersionAndPositionAndStoresReadableJson() {
        String agency = "市交通运输局";
        HttpResponse<String> response = service.post("/api/applications", intake(agency, "2024-03-01"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode accepted = body(response);
        assertThat(accepted.get("caseNumber").asText()).isEqualTo("2024-0001");
        assertThat(accepted.get("version").asLong()).isZero();
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        String id = accepted.get("applicationId").asText();
        Long position = service.jdbc().queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id);
        assertThat(accepted.get("position").asLong()).isEqualTo(position);
        String payload = service.jdbc().queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, id);
        assertThat(payload).contains("\"receiptDate\":\"2024-03-01\"", "\"caseNumber\":\"2024-0001\"",
                "\"by\":\"" + RunningCommandService.USER + "\"");
    }

    @Test
    void caseNumbersCountPerAgencyAndYearAndARefusedIntakeUsesNone() {
        String agency = "市生态环境局";
        String other = "市教育局";
        assertThat(body(service.post("/api/applications", intake(agency, "2024-03-01"))).get("caseNumber").asText())
                .isEqualTo("2024-0001");
        refused("/api/applications", intake(agency, "2024-03-16"), 422, "DATE_IN_FUTURE");
        assertThat(body(service.post("/api/applications", intake(agency, "2024-03-04"))).get("caseNumber").asText())
                .isEqualTo("2024-0002");
        assertThat(body(service.post("/api/applications", intake(agency, "2023-12-29"))).get("caseNumber").asText())
                .isEqualTo("2023-0001");
        assertThat(body(service.post("/api/applications", intake(other, "2024-03-01"))).get("caseNumber").asText())
                .isEqualTo("2024-0001");
    }

    @Test
    void aWholeLifecycleOverHttp() {
        String id = newApplication("市住房和城乡建设局");
        String base = "/api/applications/" + id;
        long position = 0;
        for (String[] step : new String[][]{
                {"/supplement-request", """
                        {"noticeDate": "2024-03-05", "missingItems": "身份证明", "supplementDueDate": "2024-03-29"}"""},
                {"/supplement", """
                        {"receivedOn": "2024-03-08"}"""},
                {"/extension", """
                        {"workingDays": 10, "approvedBy": "办公室主任", "decidedOn": "2024-03-15", "reason": "需要调档"}"""},
                {"/answer", """
                        {"outcome": "3.4", "legalBasis": "条例第十五条", "answeredOn": "2024-03-15", "summary": "涉及商业秘密"}"""},
                {"/reconsiderations", """
                        {"appealId": "r-1", "filedOn": "2024-03-15", "reviewBody": "市人民政府"}"""},
                {"/reconsiderations/r-1/decision", """
                        {"result": "UPHELD", "decidedOn": "2024-03-15"}"""},
                {"/lawsuits", """
                        {"appealId": "l-1", "filedOn": "2024-03-15", "court": "区人民法院", "reconsiderationId": "r-1"}"""},
                {"/corrections/category", """
                        {"category": "LEGAL_SERVICE_INSTITUTION", "reason": "申请人为律师事务所"}"""}}) {
            HttpResponse<String> response = service.post(base + step[0], step[1]);
            assertThat(response.statusCode()).as(step[0] + ": " + response.body()).isEqualTo(200);
            long next = body(response).get("position").asLong();
            assertThat(next).as("position after " + step[0]).isGreaterThan(position);
            position = next;
        }
        List<String> types = service.jdbc().queryForList("""
                SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                String.class, id);
        assertThat(types).extracting(type -> type.substring(type.lastIndexOf('.') + 1)).containsExactly(
                "ApplicationReceived", "SupplementRequested", "SupplementReceived", "AnswerPeriodExtended",
                "AnswerRecorded", "ReconsiderationFiled", "ReconsiderationDecided", "LawsuitFiled",
                "ApplicantCategoryCorrected");
    }

    @Test
    void malformedJsonUnknownFieldsAndUnknownCodesAreRefusedClearly() {
        String id = newApplication("市市场监督管理局");
        refused("/api/applications", "{\"agency\": ", 400, "MALFORMED_REQUEST");
        JsonNode unknown = refused("/api/applications", intake("市市场监督管理局", "2024-03-01")
                .replace("\"deliveryForm\"", "\"colour\": \"red\", \"deliveryForm\""), 400, "UNKNOWN_FIELD");
        assertThat(unknown.get("detail").asText()).contains("colour");
        JsonNode category = refused("/api/applications", intake("市市场监督管理局", "2024-03-01")
                .replace("NATURAL_PERSON", "ALIEN"), 400, "INVALID_VALUE");
        assertThat(category.get("errors").get(0).get("field").asText()).isEqualTo("category");
        assertThat(category.get("errors").get(0).get("message").asText()).contains("NATURAL_PERSON",
                "LEGAL_SERVICE_INSTITUTION");
        JsonNode outcome = refused("/api/applications/" + id + "/answer", """
                {"outcome": "7", "legalBasis": "条例", "answeredOn": "2024-03-15"}""", 400, "INVALID_VALUE");
        assertThat(outcome.get("detail").asText()).contains("3.8", "6.3");
        JsonNode date = refused("/api/applications/" + id + "/answer", """
                {"outcome": "1", "legalBasis": "条例", "answeredOn": "2023-02-30"}""", 400, "INVALID_VALUE");
        assertThat(date.get("errors").get(0).get("field").asText()).isEqualTo("answeredOn");
        JsonNode dateTime = refused("/api/applications/" + id + "/answer", """
                {"outcome": "1", "legalBasis": "条例", "answeredOn": "2024-03-15T08:00:00"}""", 400, "INVALID_VALUE");
        assertThat(dateTime.get("errors").get(0).get("field").asText()).isEqualTo("answeredOn");
        refused("/api/applications/" + id + "/extension", """
                {"workingDays": "ten", "approvedBy": "主任", "decidedOn": "2024-03-15", "reason": "调档"}""",
                400, "INVALID_VALUE");
    }

    @Test
    void missingFieldsAreNamedAndACallWithoutATokenIsRefused() {
        JsonNode missing = refused("/api/applications", """
                {"agency": "市财政局", "channel": "IN_PERSON", "channelDates": {"handedInOn": "2024-03-01"}}""",
                400, "MISSING_FIELD");
        assertThat(missing.get("errors")).extracting(error -> error.get("field").asText())
                .contains("category", "applicant", "requestedInformation", "deliveryForm");
        long before = service.eventCountExceptAlerts();
        HttpResponse<String> noUser = service.send(HttpRequest.newBuilder(URI.create(service.url("/api/applications")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(intake("市财政局", "2024-03-01"))));
        assertProblem(noUser, 401, "NOT_AUTHENTICATED");
        assertThat(noUser.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(service.eventCountExceptAlerts()).isEqualTo(before);
    }

    @Test
    void invalidUtf8AndOversizedBodiesAreRefused() {
        long before = service.eventCountExceptAlerts();
        byte[] invalid = {'{', '"', 'a', 'g', 'e', 'n', 'c', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        HttpResponse<String> response = service.send(HttpRequest.newBuilder(URI.create(service.url("/api/applications")))
                .header("Content-Type", "application/json")
                .header("Authorization", TestStaff.bearer(RunningCommandService.USER))
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalid)));
        assertProblem(response, 400, "MALFORMED_REQUEST");
        String huge = intake("市财政局", "2024-03-01").replace("2023年本局行政处罚决定书目录", "很".repeat(40_000));
        HttpResponse<String> tooLarge = service.post("/api/applications", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(body(tooLarge).get("code").asText()).isEqualTo("REQUEST_TOO_LARGE");
        assertThat(service.eventCountExceptAlerts()).isEqualTo(before);
    }

    @Test
    void rulesOfTheRegulationAnswer409Or422AndStoreNothing() {
        String id = newApplication("市卫生健康委员会");
        String base = "/api/applications/" + id;
        JsonNode late = refused(base + "/supplement-request", """
                {"noticeDate": "2024-03-13", "missingItems": "身份证明", "supplementDueDate": "2024-03-20"}""",
                422, "SUPPLEMENT_NOTICE_TOO_LATE");
        assertThat(late.get("basis").asText()).isEqualTo("条例第三十条");
        assertThat(late.get("detail").asText()).contains("2024-03-12");
        String extension = """
                {"workingDays": 10, "approvedBy": "主任", "decidedOn": "2024-03-15", "reason": "调档"}""";
        assertThat(service.post(base + "/extension", extension).statusCode()).isEqualTo(200);
        refused(base + "/extension", extension, 409, "EXTENSION_ALREADY_GRANTED");
        refused(base + "/answer", """
                {"outcome": "1", "legalBasis": "条例第三十六条", "answeredOn": "2024-03-16"}""", 422, "DATE_IN_FUTURE");
        assertThat(service.post(base + "/answer", """
                {"outcome": "1", "legalBasis": "条例第三十六条", "answeredOn": "2024-03-15"}""").statusCode()).isEqualTo(200);
        refused(base + "/withdrawal", """
                {"withdrawnOn": "2024-03-15"}""", 409, "APPLICATION_CLOSED");
        refused("/api/applications/" + UUID.randomUUID() + "/withdrawal", """
                {"withdrawnOn": "2024-03-15"}""", 404, "APPLICATION_NOT_FOUND");
    }

    @Test
    void aStaleIfMatchVersionIsAConflict() {
        String id = newApplication("市民政局");
        String reasons = """
                {"requestedOn": "2024-03-04", "note": "请说明理由"}""";
        long before = service.eventCountExceptAlerts();
        HttpResponse<String> stale = service.send(HttpRequest.newBuilder(
                        URI.create(service.url("/api/applications/" + id + "/reasons-request")))
                .header("Content-Type", "application/json")
                .header("Authorization", TestStaff.bearer(RunningCommandService.USER))
                .header("If-Match", "\"7\"")
                .POST(HttpRequest.BodyPublishers.ofString(reasons)));
        assertProblem(stale, 409, "VERSION_CONFLICT");
        assertThat(service.eventCountExceptAlerts()).isEqualTo(before);
        HttpResponse<String> current = service.send(HttpRequest.newBuilder(
                        URI.create(service.url("/api/applications/" + id + "/reasons-request")))
                .header("Content-Type", "application/json")
                .header("Authorization", TestStaff.bearer(RunningCommandService.USER))
                .header("If-Match", "\"0\"")
                .POST(HttpRequest.BodyPublishers.ofString(reasons)));
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(current.headers().firstValue("ETag")).hasValue("\"1\"");
    }

    @Test
    void aStaleIfMatchIsAConflictEvenWhenTheNewStateWouldRefuseTheCommand() {
        String id = newApplication("市退役军人事务局");
        String base = "/api/applications/" + id;
        assertThat(service.post(base + "/answer", """
                {"outcome": "1", "legalBasis": "条例第三十六条", "answeredOn": "2024-03-15"}""").statusCode())
                .isEqualTo(200);
        String correction = """
                {"category": "COMMERCIAL_ENTERPRISE", "reason": "申请人为企业"}""";
        assertThat(service.post(base + "/corrections/category", correction).statusCode()).isEqualTo(200);
        long before = service.eventCountExceptAlerts();
        // A second handler, who saw version 1, makes the same correction: against today's state it changes nothing
        // (422), but what they need to hear is that the application changed under them.
        HttpResponse<String> stale = service.send(HttpRequest.newBuilder(URI.create(service.url(base
                        + "/corrections/category")))
                .header("Content-Type", "application/json")
                .header("Authorization", TestStaff.bearer(RunningCommandService.USER))
                .header("If-Match", "\"1\"")
                .POST(HttpRequest.BodyPublishers.ofString(correction)));
        assertProblem(stale, 409, "VERSION_CONFLICT");
        assertThat(service.eventCountExceptAlerts()).isEqualTo(before);
    }

    @Test
    void handlersRacingToAnswerOneApplicationLeaveExactlyOneAnswer() throws Exception {
        String id = newApplication("市自然资源和规划局");
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String outcome = i % 2 == 0 ? "1" : "4.1";
            Callable<HttpResponse<String>> race = () -> {
                start.await();
                return service.post("/api/applications/" + id + "/answer", """
                        {"outcome": "%s", "legalBasis": "条例第三十六条", "answeredOn": "2024-03-15"}""".formatted(outcome));
            };
            results.add(pool.submit(race));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> result : results) {
            statuses.add(result.get().statusCode());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(racers - 1);
        assertThat(service.jdbc().queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%AnswerRecorded'""", Long.class, id)).isEqualTo(1);
    }

    @Test
    void theApiIsDocumentedWithOpenApi() {
        HttpResponse<String> docs = service.send(HttpRequest.newBuilder(URI.create(service.url("/v3/api-docs"))).GET());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(body(docs).get("paths").size())
                .as("26 commands, the ledger import and table 二's 4 endpoints").isEqualTo(31);
        assertThat(docs.body()).contains("/api/applications/{applicationId}/supplement-request", "补正告知 (Art 30)",
                "/api/applications/{applicationId}/alerts/{alertId}/acknowledge",
                "/api/applications/{applicationId}/extension-request/approve", "签发答复");
        HttpResponse<String> ui = service.send(HttpRequest.newBuilder(URI.create(service.url("/swagger-ui/index.html"))).GET());
        assertThat(ui.statusCode()).isEqualTo(200);
    }

    @Test
    void operatorsSeeHealthAndMetrics() {
        HttpResponse<String> health = service.send(HttpRequest.newBuilder(URI.create(service.url("/actuator/health"))).GET());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(body(health).at("/components/publisher/details/publishing").asText()).isEqualTo("disabled");
        assertThat(body(health).at("/components/db/status").asText()).isEqualTo("UP");
        newApplication("市统计局");
        HttpResponse<String> stored = service.send(HttpRequest.newBuilder(
                URI.create(service.url("/actuator/metrics/disclosure.events.stored"))).GET());
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(body(stored).at("/measurements/0/value").asDouble()).isEqualTo((double) service.jdbc()
                .queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class));
    }
}
