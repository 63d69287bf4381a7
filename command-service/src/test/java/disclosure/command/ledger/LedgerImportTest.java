package disclosure.command.ledger;

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

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/import}: a ledger replayed through the commands, line by line, whole or not at all; re-importing
 * adds nothing; deadlines fire only on what the ledger leaves unresolved, dated by the rules.
 */
class LedgerImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Today: 2024-06-28 (Friday), 10:00 Beijing time. */
    private static final MutableClock CLOCK = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 6, 28), 10),
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

    private static HttpResponse<String> importLedger(byte[] body) {
        return service.send(HttpRequest.newBuilder(URI.create(service.url("/api/import")))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", TestStaff.bearer("migration-01"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static JsonNode importLines(String... lines) throws Exception {
        HttpResponse<String> response = importLedger(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String applicationId(String agency, String caseNo) {
        return UUID.nameUUIDFromBytes(("ledger:" + agency + ":" + caseNo).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static List<String> eventTypes(String applicationId) {
        return service.jdbc().queryForList("""
                SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                String.class, applicationId).stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    /** The durable deadlines scheduled for the application (listed by scope, which names it). */
    private static long deadlinesOf(String applicationId) {
        return service.jdbc().queryForObject("""
                SELECT count(*) FROM scheduled_tasks task JOIN deadline_scope listed USING (task_instance)
                WHERE convert_from(listed.scope, 'UTF8') LIKE '%' || ? || '%'""", Long.class, applicationId);
    }

    private static final String FULL_CASE = """
            {"agency": "某市生态环境局", "caseNo": "2024-0007", "channel": "INTERNET", "receivedOn": "2024-03-05", \
            "applicantCategory": "NATURAL_PERSON", "applicant": {"name": "赵六", "idNumber": "110101199001011234", "phone": "13600000000"}, \
            "description": "某企业排污许可证", \
            "steps": [{"type": "SUPPLEMENT_REQUESTED", "on": "2024-03-07", "dueOn": "2024-03-21"}, \
            {"type": "SUPPLEMENT_RECEIVED", "on": "2024-03-12"}, \
            {"type": "EXTENDED", "on": "2024-04-02", "workingDays": 20, "approvedBy": "办公室主任"}, \
            {"type": "CONSULTATION_STARTED", "on": "2024-04-03", "party": "THIRD_PARTY"}, \
            {"type": "CONSULTATION_ENDED", "on": "2024-04-20"}, \
            {"type": "CLOSED", "on": "2024-05-06", "outcome": "3.4", "basis": "条例第十五条"}, \
            {"type": "APPEAL_FILED", "on": "2024-06-01", "appealId": "F1", "kind": "RECONSIDERATION"}, \
            {"type": "APPEAL_DECIDED", "on": "2024-06-20", "appealId": "F1", "result": "CORRECTED", "detail": "责令重新答复"}]}""";

    private static final String WITHDRAWN = """
            {"agency": "某市生态环境局", "caseNo": "2024-0008", "channel": "ORDINARY_MAIL", "receivedOn": "2024-04-01", \
            "applicantCategory": "COMMERCIAL_ENTERPRISE", "applicant": {"name": "某公司"}, "description": "某文件", \
            "steps": [{"type": "CLOSED", "on": "2024-04-10", "outcome": "6.3"}]}""";

    private static final String UNKNOWN_OUTCOME = """
            {"agency": "某市生态环境局", "caseNo": "2024-0009", "channel": "FAX", "receivedOn": "2024-04-01", \
            "applicantCategory": "NATURAL_PERSON", "applicant": {"name": "孙七"}, "description": "某文件", \
            "steps": [{"type": "CLOSED", "on": "2024-04-10", "outcome": "7.1"}]}""";

    private static final String LATE_NOTICE = """
            {"agency": "某市生态环境局", "caseNo": "2024-0010", "channel": "IN_PERSON", "receivedOn": "2024-03-01", \
            "applicantCategory": "NATURAL_PERSON", "applicant": {"name": "周八"}, "description": "某文件", \
            "steps": [{"type": "SUPPLEMENT_REQUESTED", "on": "2024-03-13", "dueOn": "2024-03-27"}, \
            {"type": "CLOSED", "on": "2024-04-10", "outcome": "1"}]}""";

    @Test
    void importsWholeLinesRefusesBrokenOnesAndAddsNothingTheSecondTime() throws Exception {
        JsonNode result = importLines(FULL_CASE, WITHDRAWN, UNKNOWN_OUTCOME, LATE_NOTICE);

        assertThat(result.get("imported").asLong()).isEqualTo(2);
        assertThat(result.get("alreadyPresent").asLong()).isZero();
        assertThat(result.get("refused")).extracting(refusal -> refusal.get("line").asLong() + " "
                + refusal.get("caseNo").asText() + " " + refusal.get("code").asText())
                .containsExactly("3 2024-0009 INVALID_VALUE", "4 2024-0010 SUPPLEMENT_NOTICE_TOO_LATE");
        assertThat(result.at("/refused/1/error").asText()).contains("2024-03-12");
        assertThat(result.get("position").asLong()).isEqualTo(service.jdbc().queryForObject(
                "SELECT max(global_index) FROM domain_event_entry", Long.class));

        String full = applicationId("某市生态环境局", "2024-0007");
        assertThat(eventTypes(full)).containsExactly("ApplicationReceived", "SupplementRequested",
                "SupplementReceived", "AnswerPeriodExtended", "ConsultationStarted", "ConsultationEnded",
                "AnswerRecorded", "ReconsiderationFiled", "ReconsiderationDecided");
        assertThat(service.jdbc().queryForObject("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'result' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%ReconsiderationDecided'""", String.class, full))
                .isEqualTo("ORDERED_TO_ANSWER_AGAIN");
        assertThat(deadlinesOf(full)).as("the 补正 resolved in the ledger leaves no deadline behind").isZero();
        assertThat(eventTypes(applicationId("某市生态环境局", "2024-0010"))).as("a refused line stores nothing").isEmpty();
        assertThat(service.jdbc().queryForObject("""
                SELECT count(*) FROM case_number WHERE agency = '某市生态环境局' AND case_number = '2024-0010'""",
                Long.class)).isZero();

        long events = service.eventCount();
        JsonNode again = importLines(FULL_CASE, WITHDRAWN, UNKNOWN_OUTCOME, LATE_NOTICE);
        assertThat(again.get("imported").asLong()).isZero();
        assertThat(again.get("alreadyPresent").asLong()).isEqualTo(2);
        assertThat(again.get("refused").size()).isEqualTo(2);
        assertThat(service.eventCount()).isEqualTo(events);
    }

    @Test
    void anOpenApplicationWhoseSupplementPeriodHadExpiredClosesDatedByTheRule() throws Exception {
        String line = """
                {"agency": "某市审计局", "caseNo": "2024-0100", "channel": "IN_PERSON", "receivedOn": "2024-05-06", \
                "applicantCategory": "NATURAL_PERSON", "applicant": {"name": "吴九"}, "description": "某审计报告", \
                "steps": [{"type": "SUPPLEMENT_REQUESTED", "on": "2024-05-08", "dueOn": "2024-05-22"}]}""";
        String closedAs61 = """
                {"agency": "某市审计局", "caseNo": "2024-0101", "channel": "IN_PERSON", "receivedOn": "2024-05-06", \
                "applicantCategory": "NATURAL_PERSON", "applicant": {"name": "郑十"}, "description": "某审计报告", \
                "steps": [{"type": "SUPPLEMENT_REQUESTED", "on": "2024-05-08", "dueOn": "2024-05-22"}, \
                {"type": "CLOSED", "on": "2024-06-03", "outcome": "6.1"}]}""";
        assertThat(importLines(line, closedAs61).get("imported").asLong()).isEqualTo(2);

        String open = applicationId("某市审计局", "2024-0100");
        String expired = "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%SupplementPeriodExpired'";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(service.jdbc().queryForList(expired, String.class, open)).hasSize(1));
        assertThat(JSON.readTree(service.jdbc().queryForObject(expired, String.class, open)).get("closedOn").asText())
                .as("the day after the supplement due date, not the day of the import").isEqualTo("2024-05-23");
        JsonNode recorded = JSON.readTree(service.jdbc().queryForObject(expired, String.class,
                applicationId("某市审计局", "2024-0101")));
        assertThat(recorded.get("closedOn").asText()).isEqualTo("2024-05-23");
    }

    @Test
    void aLongLedgerImportsLineByLineAcrossItsTransactions() throws Exception {
        int lines = 2 * LedgerImporter.LINES_PER_TRANSACTION + 5;
        int refusedLine = LedgerImporter.LINES_PER_TRANSACTION + 20;
        int repeatedLine = LedgerImporter.LINES_PER_TRANSACTION + 50;
        String[] ledger = new String[lines];
        for (int i = 1; i <= lines; i++) {
            int caseNo = i == repeatedLine ? 10 : i;
            String steps = i == refusedLine
                    ? "{\"type\": \"SUPPLEMENT_REQUESTED\", \"on\": \"2024-04-30\", \"dueOn\": \"2024-05-14\"}"
                    : "{\"type\": \"CLOSED\", \"on\": \"2024-04-15\", \"outcome\": \"1\", \"basis\": \"条例第三十六条\"}";
            ledger[i - 1] = """
                    {"agency": "某市统计局", "caseNo": "2024-%04d", "channel": "INTERNET", "receivedOn": "2024-04-01", \
                    "applicantCategory": "NATURAL_PERSON", "applicant": {"name": "钱%d"}, "description": "统计公报", \
                    "steps": [%s]}""".formatted(caseNo, i, steps);
        }

        JsonNode result = importLines(ledger);

        assertThat(result.get("imported").asLong()).isEqualTo(lines - 2);
        assertThat(result.get("alreadyPresent").asLong()).as("line %d repeats line 10", repeatedLine).isEqualTo(1);
        assertThat(result.get("refused")).extracting(refusal -> refusal.get("line").asLong() + " "
                + refusal.get("code").asText()).containsExactly(refusedLine + " SUPPLEMENT_NOTICE_TOO_LATE");
        assertThat(service.jdbc().queryForObject("SELECT count(*) FROM case_number WHERE agency = '某市统计局'",
                Long.class)).isEqualTo(lines - 2);
        assertThat(service.jdbc().queryForObject("""
                SELECT last_number FROM case_number_counter WHERE agency = '某市统计局' AND year = 2024""", Long.class))
                .as("numbers given at intake continue after the ledger's").isEqualTo(lines);
        assertThat(eventTypes(applicationId("某市统计局", "2024-%04d".formatted(refusedLine))))
                .as("the refused line stores nothing, its neighbours all they have").isEmpty();
        assertThat(eventTypes(applicationId("某市统计局", "2024-%04d".formatted(refusedLine + 1))))
                .containsExactly("ApplicationReceived", "AnswerRecorded");
        assertThat(deadlinesOf(applicationId("某市统计局", "2024-0001")) + deadlinesOf(applicationId("某市统计局",
                "2024-%04d".formatted(lines)))).as("applications closed in the ledger: no deadline left").isZero();
    }

    @Test
    void badLinesAreRefusedOneByOne() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{not json\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        body.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes("{\"agency\": \"某市审计局\", \"caseNo\": \"2024-0200\", \"colour\": \"red\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes("{\"agency\": \"某市审计局\", \"caseNo\": \"2024-0201\"}\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = importLedger(body.toByteArray());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("imported").asLong()).isZero();
        assertThat(result.get("refused")).extracting(refusal -> refusal.get("line").asLong() + " "
                + refusal.get("code").asText())
                .containsExactly("1 MALFORMED_LINE", "2 MALFORMED_LINE", "4 INVALID_VALUE", "5 MISSING_FIELD");
        assertThat(result.at("/refused/2/error").asText()).contains("colour");
    }

    @Test
    void overLongValuesAreRefusedNamingTheFieldAndTheLimitAndTheOtherLinesAreImported() throws Exception {
        String line = """
                {"agency": "%s", "caseNo": "%s", "channel": "INTERNET", "receivedOn": "2024-05-06", \
                "applicantCategory": "NATURAL_PERSON", "applicant": {"name": "%s"}, "description": "某文件", \
                "steps": [{"type": "CLOSED", "on": "2024-05-20", "outcome": "1", "basis": "%s"}]}""";
        String agency = "某市住房和城乡建设局";
        String longestCaseNo = "住建依申请公开〔2024〕第" + "0".repeat(24) + "1号"; // 40 characters: fits
        JsonNode result = importLines(
                line.formatted(agency, "2024-0300", "申".repeat(101), "条例"),
                line.formatted(agency, "某".repeat(41), "钱九", "条例"),
                line.formatted("局".repeat(101), "2024-0302", "钱九", "条例"),
                line.formatted(agency, "2024-0303", "钱九", "条".repeat(501)),
                line.formatted(agency, longestCaseNo, "钱九", "条例"));

        assertThat(longestCaseNo.length()).isEqualTo(40);
        assertThat(result.get("imported").asLong()).isEqualTo(1);
        assertThat(result.get("refused")).extracting(refusal -> refusal.get("line").asLong() + " "
                + refusal.get("code").asText()).containsExactly("1 INVALID_VALUE", "2 INVALID_VALUE",
                "3 INVALID_VALUE", "4 INVALID_VALUE");
        assertThat(result.at("/refused/0/error").asText()).isEqualTo("applicant.name 过长：101个字符，最多100个");
        assertThat(result.at("/refused/1/error").asText()).contains("caseNo", "41", "40");
        assertThat(result.at("/refused/2/error").asText()).contains("agency", "101", "100");
        assertThat(result.at("/refused/3/error_en").asText())
                .isEqualTo("steps[0].basis is too long: 501 characters, at most 500");
        assertThat(eventTypes(applicationId(agency, longestCaseNo))).startsWith("ApplicationReceived");
        assertThat(eventTypes(applicationId(agency, "2024-0300"))).as("a refused line leaves nothing").isEmpty();
    }
}
