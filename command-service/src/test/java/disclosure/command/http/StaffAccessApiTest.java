package disclosure.command.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.access.Role;
import disclosure.access.service.Requires;
import disclosure.command.support.RunningCommandService;
import disclosure.statute.LegalTime;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call command-service (issue 7): every call needs a staff token signed with the shared secret; the
 * command's action must be one the caller's roles allow; staff act only on their own agency's applications; and
 * the user recorded on the events is the token's, whatever else the request says.
 */
class StaffAccessApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MutableClock CLOCK = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10),
            LegalTime.ZONE);
    private static final String AGENCY = "市交通运输局";
    private static final String OTHER_AGENCY = "市教育局";
    private static RunningCommandService service;

    @BeforeAll
    static void start() {
        service = RunningCommandService.start(TestDatabase.freshDatabase(), CLOCK);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static String intake(String agency) {
        return """
                {"agency": "%s", "channel": "IN_PERSON", "channelDates": {"handedInOn": "2024-03-01"},
                 "category": "NATURAL_PERSON", "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234"},
                 "requestedInformation": "2023年本局行政处罚决定书目录", "deliveryForm": "EMAIL"}
                """.formatted(agency);
    }

    private static final String ANSWER = """
            {"outcome": "3.1", "legalBasis": "条例第三十六条第（一）项", "answeredOn": "2024-03-14"}""";

    private static HttpResponse<String> post(String path, String json, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return service.send(request);
    }

    private static String as(String user, String agency, Role role, Role... more) {
        return "Bearer " + TestStaff.token(user, agency, role, more);
    }

    private static JsonNode body(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("title").asText()).matches(".*\\p{IsHan}.*");
        assertThat(problem.get("detail_en").asText()).isNotBlank();
    }

    private static String receive(String agency) throws Exception {
        HttpResponse<String> response = post("/api/applications", intake(agency),
                as("intake." + agency.hashCode(), agency, Role.INTAKE));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response).get("applicationId").asText();
    }

    @Test
    void aCallWithoutAValidTokenIsRefusedWith401AndStoresNothing() throws Exception {
        long before = service.eventCountExceptAlerts();
        assertRefused(post("/api/applications", intake(AGENCY), null), 401, "NOT_AUTHENTICATED");
        assertRefused(post("/api/applications", intake(AGENCY), "Bearer not-a-token"), 401, "NOT_AUTHENTICATED");
        String forged = TestStaff.token("forger", null, Role.ADMINISTRATOR, Role.INTAKE);
        String[] parts = forged.split("\\.");
        assertRefused(post("/api/applications", intake(AGENCY), "Bearer " + parts[0] + "." + parts[1] + ".AAAA"),
                401, "NOT_AUTHENTICATED");
        HttpResponse<String> oldHeader = service.send(HttpRequest.newBuilder(URI.create(service.url("/api/applications")))
                .header("Content-Type", "application/json").header("X-User-Id", "staff-001")
                .POST(HttpRequest.BodyPublishers.ofString(intake(AGENCY), StandardCharsets.UTF_8)));
        assertRefused(oldHeader, 401, "NOT_AUTHENTICATED");
        assertThat(oldHeader.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(service.eventCountExceptAlerts()).isEqualTo(before);
    }

    @Test
    void aRoleCannotReachAnotherRolesActions() throws Exception {
        String id = receive(AGENCY);
        long before = service.eventCountExceptAlerts();
        HttpResponse<String> intakeAnswers = post("/api/applications/" + id + "/answer", ANSWER,
                as("intake.only", AGENCY, Role.INTAKE));
        assertRefused(intakeAnswers, 403, "ACTION_NOT_ALLOWED");
        assertThat(body(intakeAnswers).get("detail").asText()).contains("答复", "承办人", "登记员");
        assertRefused(post("/api/applications/" + id + "/extension", """
                {"workingDays": 10, "approvedBy": "李四", "decidedOn": "2024-03-14", "reason": "需要征求意见"}""",
                as("handler.only", AGENCY, Role.HANDLER)), 403, "ACTION_NOT_ALLOWED");
        assertRefused(post("/api/applications", intake(AGENCY), as("stats", AGENCY, Role.STATISTICIAN)),
                403, "ACTION_NOT_ALLOWED");
        assertThat(service.eventCountExceptAlerts()).isEqualTo(before);
    }

    @Test
    void staffActOnlyOnTheirOwnAgencysApplications() throws Exception {
        String id = receive(AGENCY);
        long before = service.eventCountExceptAlerts();
        assertRefused(post("/api/applications", intake(AGENCY), as("intake.other", OTHER_AGENCY, Role.INTAKE)),
                403, "OUTSIDE_AGENCY");
        assertRefused(post("/api/applications/" + id + "/answer", ANSWER,
                as("handler.other", OTHER_AGENCY, Role.HANDLER)), 403, "OUTSIDE_AGENCY");
        assertThat(service.eventCountExceptAlerts()).isEqualTo(before);

        HttpResponse<String> own = post("/api/applications/" + id + "/answer", ANSWER,
                as("handler.own", AGENCY, Role.HANDLER));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    }

    @Test
    void theUserRecordedIsTheTokensWhateverTheRequestSays() throws Exception {
        HttpResponse<String> response = service.send(HttpRequest.newBuilder(URI.create(service.url("/api/applications")))
                .header("Content-Type", "application/json").header("X-User-Id", "somebody-else")
                .header("Authorization", as("intake.real", AGENCY, Role.INTAKE))
                .POST(HttpRequest.BodyPublishers.ofString(intake(AGENCY), StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = body(response).get("applicationId").asText();
        byte[] payload = service.jdbc().queryForObject(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0",
                byte[].class, id);
        assertThat(JSON.readTree(payload).get("by").asText()).isEqualTo("intake.real");
    }

    @Test
    void aLedgerImportByAnAgencysAdministratorRefusesOtherAgenciesLines() throws Exception {
        String line = """
                {"agency": "%s", "caseNo": "2024-9%s", "channel": "INTERNET", "receivedOn": "2024-03-05",
                 "applicantCategory": "NATURAL_PERSON", "applicant": {"name": "王五"}, "description": "某文件", "steps": []}"""
                .replace("\n", "");
        String ledger = line.formatted(AGENCY, "001") + "\n" + line.formatted(OTHER_AGENCY, "002") + "\n";
        HttpResponse<String> response = service.send(HttpRequest.newBuilder(URI.create(service.url("/api/import")))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", as("admin." + AGENCY.hashCode(), AGENCY, Role.ADMINISTRATOR))
                .POST(HttpRequest.BodyPublishers.ofString(ledger, StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = body(response);
        assertThat(result.get("imported").asLong()).isEqualTo(1);
        assertThat(result.get("refused").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(result.get("refused").get(0).get("code").asText()).isEqualTo("OUTSIDE_AGENCY");
    }

    @Test
    void everyApiEndpointNamesTheActionItRequires() {
        RequestMappingHandlerMapping mapping = service.bean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        List<String> unguarded = mapping.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getKey().getPatternValues().stream().anyMatch(path -> path.startsWith("/api/")))
                .filter(entry -> !entry.getValue().hasMethodAnnotation(Requires.class))
                .map(entry -> entry.getKey().toString()).toList();
        assertThat(mapping.getHandlerMethods()).isNotEmpty();
        assertThat(unguarded).isEmpty();
    }
}
