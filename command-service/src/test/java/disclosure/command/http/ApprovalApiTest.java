package disclosure.command.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.access.Role;
import disclosure.command.support.RunningCommandService;
import disclosure.statute.LegalTime;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 审批 over the API: who may ask for an extension, decide it, submit an answer for sign-off and sign it off (403 for
 * the others, and for another agency's staff); a 承办人's direct answer refused where the agency requires sign-off
 * ({@code disclosure.sign-off.agencies}); If-Match as on every command; and what the log then holds.
 */
class ApprovalApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MutableClock CLOCK = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10),
            LegalTime.ZONE);
    private static final String SIGN_OFF_AGENCY = "市自然资源和规划局";
    private static final String AGENCY = "市交通运输局";
    private static final String OTHER_AGENCY = "市教育局";
    private static final String ANSWER = """
            {"outcome": "1", "legalBasis": "条例第三十六条第二项", "answeredOn": "2024-03-14", "summary": "提供目录"}""";
    private static RunningCommandService service;

    @BeforeAll
    static void start() {
        service = RunningCommandService.start(TestDatabase.freshDatabase(), CLOCK,
                "disclosure.sign-off.agencies=" + SIGN_OFF_AGENCY);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> post(String path, String json, String token, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path)))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return service.send(request);
    }

    private static HttpResponse<String> post(String path, String json, String token) {
        return post(path, json, token, null);
    }

    private static String handler(String agency) {
        return TestStaff.token("handler." + agency.hashCode(), agency, Role.HANDLER);
    }

    private static String supervisor(String agency) {
        return TestStaff.token("supervisor." + agency.hashCode(), agency, Role.SUPERVISOR);
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("title").asText()).matches(".*\\p{IsHan}.*");
        assertThat(problem.get("detail_en").asText()).isNotBlank();
    }

    private static String receive(String agency) throws Exception {
        HttpResponse<String> response = post("/api/applications", """
                {"agency": "%s", "channel": "IN_PERSON", "channelDates": {"handedInOn": "2024-03-01"},
                 "category": "NATURAL_PERSON", "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234"},
                 "requestedInformation": "2023年本局行政处罚决定书目录", "deliveryForm": "EMAIL"}
                """.formatted(agency), TestStaff.token("intake." + agency.hashCode(), agency, Role.INTAKE));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("applicationId").asText();
    }

    /** The application's events as stored: type and JSON payload, in order. */
    private static List<JsonNode> events(String applicationId) {
        return service.jdbc().query("""
                SELECT payload_type, convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type NOT LIKE 'disclosure.contract.alert.%'
                ORDER BY sequence_number""", (rs, i) -> {
            try {
                return ((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(rs.getString(2)))
                        .put("type", rs.getString(1).substring(rs.getString(1).lastIndexOf('.') + 1));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, applicationId);
    }

    @Test
    void aHandlerAsksTheSupervisorApprovesAndTheOthersAreRefused() throws Exception {
        String id = receive(AGENCY);
        String base = "/api/applications/" + id + "/extension-request";
        String request = """
                {"workingDays": 10, "reason": "需要调取多年档案"}""";
        assertRefused(post(base, request, TestStaff.token("intake.x", AGENCY, Role.INTAKE)), 403,
                "ACTION_NOT_ALLOWED");
        assertRefused(post(base, request, supervisor(AGENCY)), 403, "ACTION_NOT_ALLOWED");
        assertRefused(post(base, request, handler(OTHER_AGENCY)), 403, "OUTSIDE_AGENCY");
        JsonNode asked = ok(post(base, request, handler(AGENCY)));
        assertRefused(post(base, request, handler(AGENCY)), 409, "EXTENSION_REQUEST_PENDING");

        String approval = """
                {"decidedOn": "2024-03-15"}""";
        assertRefused(post(base + "/approve", approval, handler(AGENCY)), 403, "ACTION_NOT_ALLOWED");
        assertRefused(post(base + "/approve", approval, supervisor(OTHER_AGENCY)), 403, "OUTSIDE_AGENCY");
        assertRefused(post(base + "/approve", approval, supervisor(AGENCY),
                Long.toString(asked.get("version").asLong() - 1)), 409, "VERSION_CONFLICT");
        assertRefused(post(base + "/approve", """
                {"decidedOn": "2024-03-15", "approvedBy": "别人"}""", supervisor(AGENCY)), 400, "UNKNOWN_FIELD");
        JsonNode approved = ok(post(base + "/approve", approval, supervisor(AGENCY),
                asked.get("version").asText()));
        assertThat(approved.get("version").asLong()).isEqualTo(asked.get("version").asLong() + 2);
        assertRefused(post(base + "/approve", approval, supervisor(AGENCY)), 409, "NO_EXTENSION_REQUEST_PENDING");
        assertRefused(post(base + "/decline", """
                {"reason": "无需延期"}""", supervisor(AGENCY)), 409, "NO_EXTENSION_REQUEST_PENDING");

        List<JsonNode> log = events(id);
        assertThat(log).extracting(event -> event.get("type").asText()).containsExactly("ApplicationReceived",
                "ExtensionRequested", "ExtensionApproved", "AnswerPeriodExtended");
        JsonNode extension = log.get(3);
        assertThat(extension.get("workingDays").asInt()).isEqualTo(10);
        assertThat(extension.get("reason").asText()).isEqualTo("需要调取多年档案");
        assertThat(extension.get("approvedBy").asText()).isEqualTo("supervisor." + AGENCY.hashCode());
        assertThat(extension.get("by").asText()).isEqualTo("supervisor." + AGENCY.hashCode());
        assertThat(log.get(2).get("requestedBy").asText()).isEqualTo("handler." + AGENCY.hashCode());
    }

    @Test
    void aDeclineNeedsItsReason() throws Exception {
        String id = receive(AGENCY);
        String base = "/api/applications/" + id + "/extension-request";
        ok(post(base, """
                {"workingDays": 5, "reason": "需要征求第三方意见"}""", handler(AGENCY)));
        assertRefused(post(base + "/decline", "{}", supervisor(AGENCY)), 400, "MISSING_FIELD");
        assertRefused(post(base + "/decline", """
                {"reason": "   "}""", supervisor(AGENCY)), 400, "MISSING_FIELD");
        ok(post(base + "/decline", """
                {"reason": "可在期限内答复"}""", supervisor(AGENCY)));
        assertThat(events(id).get(2).get("type").asText()).isEqualTo("ExtensionDeclined");
    }

    @Test
    void whereTheAgencyRequiresSignOffAHandlersAnswerGoesThroughTheSupervisor() throws Exception {
        String id = receive(SIGN_OFF_AGENCY);
        String base = "/api/applications/" + id;
        assertRefused(post(base + "/answer", ANSWER, handler(SIGN_OFF_AGENCY)), 403, "ANSWER_NEEDS_SIGN_OFF");
        ok(post(base + "/answer-draft", ANSWER, handler(SIGN_OFF_AGENCY)));
        assertRefused(post(base + "/answer-draft", ANSWER, handler(SIGN_OFF_AGENCY)), 409, "ANSWER_AWAITING_SIGN_OFF");
        assertRefused(post(base + "/answer-draft/sign-off", """
                {"answeredOn": "2024-03-15"}""", handler(SIGN_OFF_AGENCY)), 403, "ACTION_NOT_ALLOWED");
        assertRefused(post(base + "/answer-draft/return", """
                {"reason": "依据有误"}""", supervisor(OTHER_AGENCY)), 403, "OUTSIDE_AGENCY");
        ok(post(base + "/answer-draft/return", """
                {"reason": "法律依据应为第三十六条第一项"}""", supervisor(SIGN_OFF_AGENCY)));
        ok(post(base + "/answer-draft", ANSWER, handler(SIGN_OFF_AGENCY)));
        JsonNode signed = ok(post(base + "/answer-draft/sign-off", """
                {"answeredOn": "2024-03-15"}""", supervisor(SIGN_OFF_AGENCY)));

        List<JsonNode> log = events(id);
        assertThat(log).extracting(event -> event.get("type").asText()).containsExactly("ApplicationReceived",
                "AnswerSubmittedForSignOff", "AnswerReturned", "AnswerSubmittedForSignOff", "AnswerSignedOff",
                "AnswerRecorded");
        assertThat(log.get(4).get("draftedBy").asText()).isEqualTo("handler." + SIGN_OFF_AGENCY.hashCode());
        JsonNode answer = log.get(5);
        assertThat(answer.get("by").asText()).isEqualTo("supervisor." + SIGN_OFF_AGENCY.hashCode());
        assertThat(answer.get("answeredOn").asText()).isEqualTo("2024-03-15");
        assertThat(answer.get("outcome").asText()).isEqualTo("1");
        assertThat(answer.get("timeliness").asText()).isEqualTo("ON_TIME");
        assertThat(signed.get("version").asLong()).isEqualTo(5);
    }

    @Test
    void aSupervisorAnswersDirectlyAndElsewhereAHandlerDoes() throws Exception {
        ok(post("/api/applications/" + receive(SIGN_OFF_AGENCY) + "/answer", ANSWER, supervisor(SIGN_OFF_AGENCY)));
        String elsewhere = receive(AGENCY);
        assertRefused(post("/api/applications/" + elsewhere + "/answer-draft", ANSWER, handler(AGENCY)), 409,
                "SIGN_OFF_NOT_REQUIRED");
        ok(post("/api/applications/" + elsewhere + "/answer", ANSWER, handler(AGENCY)));
    }
}
