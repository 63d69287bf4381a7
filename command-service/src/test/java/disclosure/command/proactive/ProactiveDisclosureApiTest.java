package disclosure.command.proactive;

import disclosure.testsupport.TestStaff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.command.support.RunningCommandService;
import disclosure.statute.LegalTime;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
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
 * 主动公开 (table 二) on the command side: documents issued and repealed, monthly figures recorded and corrected,
 * the rules that refuse bad input without storing anything, and an import that can be run twice.
 */
class ProactiveDisclosureApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    private static JsonNode ok(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static List<String> eventTypes(String aggregateId) {
        return service.jdbc().queryForList("""
                SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                String.class, aggregateId).stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private static HttpResponse<String> importLines(String... lines) {
        return service.send(HttpRequest.newBuilder(URI.create(service.url("/api/proactive/import")))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", TestStaff.bearer("migration-01"))
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines), StandardCharsets.UTF_8)));
    }

    @Test
    void aDocumentIsIssuedOnceAndRepealedOnceNotBeforeItsIssue() throws Exception {
        JsonNode issued = ok(service.post("/api/proactive/documents", """
                {"agency": "某市司法局", "kind": "NORMATIVE_DOCUMENT", "title": "某某管理办法",
                 "documentNumber": "某司规〔2024〕1号", "issuedOn": "2024-03-01"}"""), 201);
        String id = issued.get("id").asText();
        assertThat(issued.get("position").asLong()).isPositive();

        JsonNode again = ok(service.post("/api/proactive/documents", """
                {"agency": "某市司法局", "kind": "NORMATIVE_DOCUMENT", "title": "某某管理办法",
                 "documentNumber": "某司规〔2024〕1号", "issuedOn": "2024-03-01"}"""), 409);
        assertThat(again.get("code").asText()).isEqualTo("DOCUMENT_ALREADY_ISSUED");

        JsonNode early = ok(service.post("/api/proactive/documents/" + id + "/repeal",
                "{\"repealedOn\": \"2024-02-01\", \"reason\": \"上位法修改\"}"), 422);
        assertThat(early.get("code").asText()).isEqualTo("REPEAL_BEFORE_ISSUE");
        assertThat(early.get("detail").asText()).contains("2024-03-01", "2024-02-01");
        assertThat(early.get("title_en").asText()).isNotBlank();

        ok(service.post("/api/proactive/documents/" + id + "/repeal",
                "{\"repealedOn\": \"2024-06-01\", \"reason\": \"上位法修改\"}"), 200);
        JsonNode twice = ok(service.post("/api/proactive/documents/" + id + "/repeal",
                "{\"repealedOn\": \"2024-06-02\"}"), 409);
        assertThat(twice.get("code").asText()).isEqualTo("DOCUMENT_ALREADY_REPEALED");
        assertThat(eventTypes(id)).containsExactly("DocumentIssued", "DocumentRepealed");

        JsonNode unknown = ok(service.post("/api/proactive/documents/doc-nope/repeal",
                "{\"repealedOn\": \"2024-06-02\"}"), 404);
        assertThat(unknown.get("code").asText()).isEqualTo("DOCUMENT_NOT_FOUND");
    }

    @Test
    void aMonthlyFigureIsRecordedCorrectedAndRefusedWhenInvalid() throws Exception {
        String body = """
                {"agency": "某市市场监管局", "item": "PUNISHMENT", "month": "2024-05", "value": %s}""";
        JsonNode first = ok(service.post("/api/proactive/tallies", body.formatted("12")), 200);
        String id = first.get("id").asText();
        assertThat(first.get("changed").asBoolean()).isTrue();
        assertThat(ok(service.post("/api/proactive/tallies", body.formatted("12")), 200).get("changed").asBoolean())
                .as("the same figure again records nothing").isFalse();
        ok(service.post("/api/proactive/tallies", body.formatted("13")), 200);
        assertThat(eventTypes(id)).containsExactly("TallyRecorded", "TallyRecorded");
        assertThat(service.jdbc().queryForObject("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'previous' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 1""", String.class, id)).isEqualTo("12");

        assertThat(ok(service.post("/api/proactive/tallies", body.formatted("1.5")), 422).get("code").asText())
                .isEqualTo("TALLY_VALUE_INVALID");
        assertThat(ok(service.post("/api/proactive/tallies", body.formatted("-1")), 422).get("code").asText())
                .isEqualTo("TALLY_VALUE_INVALID");
        assertThat(ok(service.post("/api/proactive/tallies", """
                {"agency": "某市市场监管局", "item": "PUNISHMENT", "month": "2024-07", "value": 1}"""), 422)
                .get("code").asText()).isEqualTo("DATE_IN_FUTURE");
        ok(service.post("/api/proactive/tallies", """
                {"agency": "某市市场监管局", "item": "ADMINISTRATIVE_FEES", "month": "2024-05", "value": 1234.56}"""), 200);
        assertThat(ok(service.post("/api/proactive/tallies", """
                {"agency": "某市市场监管局", "item": "ADMINISTRATIVE_FEES", "month": "2024-05", "value": 1.234}"""), 422)
                .get("code").asText()).isEqualTo("TALLY_VALUE_INVALID");
        assertThat(ok(service.post("/api/proactive/tallies", """
                {"agency": "某市市场监管局", "item": "BRIBES", "month": "2024-05", "value": 1}"""), 400)
                .get("detail").asText()).contains("LICENSING");
        assertThat(eventTypes(id)).hasSize(2);
    }

    @Test
    void anImportRecordsDocumentsAndFiguresAndAddsNothingTheSecondTime() throws Exception {
        String[] lines = {
                "{\"type\": \"DOCUMENT\", \"agency\": \"某市交通运输局\", \"kind\": \"REGULATION\", \"title\": \"某规章\", "
                        + "\"documentNumber\": \"市政府令第1号\", \"issuedOn\": \"2021-05-01\", \"repealedOn\": \"2024-01-15\"}",
                "{\"type\": \"TALLY\", \"agency\": \"某市交通运输局\", \"item\": \"LICENSING\", \"month\": \"2024-01\", \"value\": 40}",
                "",
                "{\"type\": \"TALLY\", \"agency\": \"某市交通运输局\", \"item\": \"LICENSING\", \"month\": \"2024-01\", \"value\": -3}",
                "{\"type\": \"DOCUMENT\", \"agency\": \"某市交通运输局\", \"kind\": \"REGULATION\"}",
                "not json"};
        JsonNode first = ok(importLines(lines), 200);
        assertThat(first.get("recorded").asLong()).isEqualTo(2);
        assertThat(first.get("refused")).hasSize(3);
        assertThat(first.at("/refused/0/line").asLong()).isEqualTo(4);
        assertThat(first.at("/refused/0/code").asText()).isEqualTo("TALLY_VALUE_INVALID");
        assertThat(first.at("/refused/1/error").asText()).contains("title", "documentNumber", "issuedOn");
        assertThat(first.at("/refused/2/code").asText()).isEqualTo("MALFORMED_LINE");

        JsonNode second = ok(importLines(lines), 200);
        assertThat(second.get("recorded").asLong()).isZero();
        assertThat(second.get("alreadyPresent").asLong()).isEqualTo(2);
        assertThat(second.get("position").asLong()).isEqualTo(first.get("position").asLong());
    }
}
