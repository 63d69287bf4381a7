package disclosure.query.report.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.correction.ApplicantCategoryCorrected;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.intake.DeliveryForm;
import disclosure.query.support.EventStreamWriter;
import disclosure.query.support.EventStreamWriter.Sent;
import disclosure.query.support.RunningQueryService;
import disclosure.statute.LegalTime;
import disclosure.statute.clock.Timeliness;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;
import disclosure.statute.outcome.Outcome;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/reports/{year}} over a real stream: the exact JSON shape, a correction moving a count, the
 * roll-up of all agencies, the rendered tables and a cell's applications.
 */
class ReportApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = LegalTime.startOf(LocalDate.of(2024, 3, 15), 10);
    private static final String TOPIC = "events-" + UUID.randomUUID();
    private static RunningQueryService service;
    private static EventStreamWriter stream;

    @BeforeAll
    static void start() {
        String kafka = TestKafka.bootstrapServers();
        stream = new EventStreamWriter(kafka, TOPIC);
        service = RunningQueryService.start(TestDatabase.freshDatabase(), kafka, TOPIC, "query-" + TOPIC,
                new MutableClock(NOW, LegalTime.ZONE));
    }

    @AfterAll
    static void stop() {
        service.close();
        stream.close();
    }

    private static Sent receive(String id, String agency, String caseNumber, LocalDate on) {
        return stream.publish(new ApplicationReceived(id, agency, caseNumber, Channel.IN_PERSON,
                new ChannelDates(on, null, null, null), on, ApplicantCategory.NATURAL_PERSON,
                new Applicant("王五", "110101199001011234", "13700000000", null, null), "某项目环评批复",
                DeliveryForm.EMAIL, "intake-1", NOW));
    }

    private static Sent answer(String id, Outcome outcome, LocalDate on) {
        return stream.publish(new AnswerRecorded(id, outcome, "条例", on, null, null, Timeliness.ON_TIME, "handler-1", NOW));
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = service.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static int[] row(JsonNode report, String key) {
        JsonNode row = report.at("/table3/rows/" + key);
        int[] cells = new int[row.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = row.get(i).asInt();
        }
        return cells;
    }

    @Test
    void theTablesFollowTheLogAndACorrectionMovesTheCount() throws Exception {
        String agencyA = "市交通运输局";
        String agencyB = "市教育局";
        String a1 = UUID.randomUUID().toString();
        String a2 = UUID.randomUUID().toString();
        String b1 = UUID.randomUUID().toString();
        receive(a1, agencyA, "2024-0001", LocalDate.of(2024, 1, 8));
        receive(a2, agencyA, "2024-0002", LocalDate.of(2024, 2, 1));
        answer(a1, Outcome.DISCLOSED, LocalDate.of(2024, 1, 30));
        Sent last = receive(b1, agencyB, "2024-0001", LocalDate.of(2023, 12, 20));
        String a = URLEncoder.encode(agencyA, StandardCharsets.UTF_8);

        JsonNode report = get("/api/reports/2024?agency=" + a + "&minPosition=" + last.position());
        assertThat(report.get("year").asInt()).isEqualTo(2024);
        assertThat(report.get("agency").asText()).isEqualTo(agencyA);
        assertThat(report.at("/table3/columns").toString())
                .isEqualTo("[\"自然人\",\"商业企业\",\"科研机构\",\"社会公益组织\",\"法律服务机构\",\"其他\",\"总计\"]");
        assertThat(row(report, "new")).containsExactly(2, 0, 0, 0, 0, 0, 2);
        assertThat(row(report, "1")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(row(report, "carried_forward")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(report.get("checks")).allSatisfy(check -> assertThat(check.get("passed").asBoolean()).isTrue());
        assertThat(report.at("/table4/reconsideration").toString()).isEqualTo("[0,0,0,0,0]");

        JsonNode all = get("/api/reports/2024?minPosition=" + last.position());
        assertThat(all.get("agency").isNull()).isTrue();
        assertThat(row(all, "new")).containsExactly(2, 0, 0, 0, 0, 0, 2);
        assertThat(row(all, "carried_over")).as("B's December 2023 application").containsExactly(1, 0, 0, 0, 0, 0, 1);

        Sent correction = stream.publish(new ApplicantCategoryCorrected(a1, ApplicantCategory.NATURAL_PERSON,
                ApplicantCategory.LEGAL_SERVICE_INSTITUTION, "律师事务所", "handler-1", NOW));
        JsonNode corrected = get("/api/reports/2024?agency=" + a + "&minPosition=" + correction.position());
        assertThat(row(corrected, "new")).containsExactly(1, 0, 0, 0, 1, 0, 2);
        assertThat(row(corrected, "1")).containsExactly(0, 0, 0, 0, 1, 0, 1);

        JsonNode cell = get("/api/reports/2024/table3/cell?agency=" + a + "&row=1&column=4&minPosition="
                + correction.position());
        assertThat(cell.get("count").asInt()).isEqualTo(1);
        assertThat(cell.at("/applications/0/applicationId").asText()).isEqualTo(a1);
        assertThat(cell.at("/applications/0/caseNumber").asText()).isEqualTo("2024-0001");
    }

    @Test
    void theTablesRenderWithTheOfficialLabels() throws Exception {
        HttpResponse<String> markdown = service.get("/api/reports/2023/markdown");
        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.body()).contains("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量",
                "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "四、结转下年度继续办理");
        HttpResponse<String> html = service.get("/api/reports/2023/html?agency="
                + URLEncoder.encode("<b>局</b>", StandardCharsets.UTF_8));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(html.body()).contains("rowspan", "&lt;b&gt;局&lt;/b&gt;").doesNotContain("<b>局</b>");
    }

    @Test
    void badReportRequestsAreClearProblems() throws Exception {
        HttpResponse<String> year = service.get("/api/reports/1999");
        assertThat(year.statusCode()).isEqualTo(400);
        HttpResponse<String> row = service.get("/api/reports/2024/table3/cell?row=9.9&column=0");
        assertThat(row.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(row.body()).get("detail").asText()).contains("9.9", "carried_over");
    }
}
