package disclosure.query.applications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.access.Role;
import disclosure.access.service.Requires;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.intake.DeliveryForm;
import disclosure.query.support.EventStreamWriter;
import disclosure.query.support.EventStreamWriter.Sent;
import disclosure.query.support.RunningQueryService;
import disclosure.statute.LegalTime;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestKafka;
import disclosure.testsupport.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read what on query-service (issue 7): a staff token on every call but the status; an agency's staff see
 * only its applications, alerts and report; only roles that must contact the applicant see their ID number and
 * phone unmasked (个人信息保护法).
 */
class StaffAccessQueryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = LegalTime.startOf(LocalDate.of(2024, 3, 15), 10);
    private static final String TOPIC = "access-" + UUID.randomUUID();
    private static final String AGENCY = "市交通运输局-" + UUID.randomUUID();
    private static final String OTHER_AGENCY = "市教育局-" + UUID.randomUUID();
    private static RunningQueryService service;
    private static EventStreamWriter stream;
    private static Sent own;
    private static Sent other;

    @BeforeAll
    static void start() {
        String kafka = TestKafka.bootstrapServers();
        stream = new EventStreamWriter(kafka, TOPIC);
        service = RunningQueryService.start(TestDatabase.freshDatabase(), kafka, TOPIC, "query-" + TOPIC,
                new MutableClock(NOW, LegalTime.ZONE));
        own = receive(AGENCY, "2024-0001");
        other = receive(OTHER_AGENCY, "2024-0002");
    }

    @AfterAll
    static void stop() {
        service.close();
        stream.close();
    }

    private static Sent receive(String agency, String caseNumber) {
        LocalDate on = LocalDate.of(2024, 3, 1);
        return stream.publish(new ApplicationReceived(UUID.randomUUID().toString(), agency, caseNumber,
                Channel.IN_PERSON, new ChannelDates(on, null, null, null), on, ApplicantCategory.NATURAL_PERSON,
                new Applicant("赵六", "110101199001010011", "13800001234", "某市某区某路1号", null), "某文件",
                DeliveryForm.EMAIL, "intake-1", NOW));
    }

    private static String token(String agency, Role role) {
        return TestStaff.token("user-" + role.name().toLowerCase(), agency, role);
    }

    private static HttpResponse<String> get(String path, String token) {
        return service.getWithToken(path + (path.contains("?") ? "&" : "?") + "minPosition=" + other.position(),
                token);
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void everyCallButTheStatusNeedsAToken() throws IOException {
        assertThat(problem(service.getWithToken("/api/applications", null), 401).get("code").asText())
                .isEqualTo("NOT_AUTHENTICATED");
        assertThat(problem(service.getWithToken("/api/reports/2024", "not.a.token"), 401).get("code").asText())
                .isEqualTo("NOT_AUTHENTICATED");
        assertThat(service.getWithToken("/api/status", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anAgencySeesOnlyItsOwnApplications() throws IOException {
        String handler = token(AGENCY, Role.HANDLER);
        HttpResponse<String> list = get("/api/applications", handler);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        List<String> agencies = new ArrayList<>();
        JSON.readTree(list.body()).get("items").forEach(item -> agencies.add(item.get("agency").asText()));
        assertThat(agencies).containsExactly(AGENCY);

        assertThat(problem(get("/api/applications?agency=" + encode(OTHER_AGENCY), handler), 403)
                .get("code").asText()).isEqualTo("OUTSIDE_AGENCY");
        assertThat(problem(get("/api/applications/" + other.event().applicationId(), handler), 403)
                .get("code").asText()).isEqualTo("OUTSIDE_AGENCY");
        assertThat(problem(get("/api/reports/2024?agency=" + encode(OTHER_AGENCY), token(AGENCY, Role.SUPERVISOR)),
                403).get("code").asText()).isEqualTo("OUTSIDE_AGENCY");
        assertThat(problem(get("/api/inbox?agency=" + encode(OTHER_AGENCY), handler), 403).get("code").asText())
                .isEqualTo("OUTSIDE_AGENCY");
    }

    @Test
    void aRoleCannotReadWhatItsRoleDoesNotCover() throws IOException {
        JsonNode refused = problem(get("/api/reports/2024", token(AGENCY, Role.INTAKE)), 403);
        assertThat(refused.get("code").asText()).isEqualTo("ACTION_NOT_ALLOWED");
        assertThat(refused.get("detail").asText()).contains("查看年度报告", "登记员");
        assertThat(problem(get("/api/board", token(AGENCY, Role.STATISTICIAN)), 403).get("code").asText())
                .isEqualTo("ACTION_NOT_ALLOWED");
        HttpResponse<String> draft = service.send("POST", "/api/reports/2024/drafts", "", null);
        assertThat(draft.statusCode()).isEqualTo(401);
    }

    @Test
    void personalDataIsMaskedUnlessAskedForByARoleThatMaySeeItAndEveryUnmaskedAnswerIsRecorded() throws IOException {
        String path = "/api/applications/" + own.event().applicationId();
        for (Role role : List.of(Role.HANDLER, Role.STATISTICIAN)) {
            HttpResponse<String> masked = get(path, token(AGENCY, role));
            assertThat(masked.statusCode()).as(masked.body()).isEqualTo(200);
            JsonNode applicant = JSON.readTree(masked.body()).get("timeline").get(0).get("event").get("applicant");
            assertThat(applicant.get("idDocumentNumber").asText()).isEqualTo("110101********0011");
            assertThat(applicant.get("phone").asText()).isEqualTo("138****1234");
            assertThat(applicant.get("address").asText()).doesNotContain("某路1号");
            assertThat(masked.body()).doesNotContain("110101199001010011", "13800001234");
        }
        assertThat(views()).isZero();

        JsonNode refused = problem(get(path + "?personalData=true", token(AGENCY, Role.STATISTICIAN)), 403);
        assertThat(refused.get("detail").asText()).contains("查看完整个人信息", "承办人");
        assertThat(views()).isZero();

        HttpResponse<String> full = get(path + "?personalData=true", token(AGENCY, Role.HANDLER));
        JsonNode unmasked = JSON.readTree(full.body()).get("timeline").get(0).get("event").get("applicant");
        assertThat(unmasked.get("idDocumentNumber").asText()).isEqualTo("110101199001010011");
        assertThat(service.jdbc().queryForList("SELECT username FROM personal_data_view WHERE application_id = ?",
                String.class, own.event().applicationId())).containsExactly("user-handler");
    }

    private static long views() {
        return service.jdbc().queryForObject("SELECT count(*) FROM personal_data_view", Long.class);
    }

    @Test
    void everyApiEndpointButTheStatusNamesTheActionItRequires() {
        RequestMappingHandlerMapping mapping = service.bean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        List<String> unguarded = mapping.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getKey().getPatternValues().stream()
                        .anyMatch(path -> path.startsWith("/api/") && !path.equals("/api/status")))
                .filter(entry -> !entry.getValue().hasMethodAnnotation(Requires.class))
                .map(entry -> entry.getKey().toString()).toList();
        assertThat(mapping.getHandlerMethods()).hasSizeGreaterThan(10);
        assertThat(unguarded).isEmpty();
    }
}
