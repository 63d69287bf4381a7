package disclosure.faults.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import disclosure.faults.support.Api;
import disclosure.faults.support.Client;
import disclosure.faults.support.FaultSystem;
import disclosure.faults.support.RebuildCheck;
import disclosure.faults.support.Sql;
import disclosure.faults.support.Summary;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 5 for the ledger import (台账导入, {@code POST /api/import}): a file of hostile lines — each a valid line
 * spoiled in one way (a field missing, of the wrong type, an impossible or future date, an unknown code, an absurd
 * number, steps out of order, a closing the rules forbid, a control character) or no line at all (broken JSON, not
 * an object, invalid UTF-8, nesting 10,000 deep) — is answered 200 with every line refused, each naming its line and
 * the rule in Chinese and English, and nothing stored.
 */
class HostileLedgerImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENCY = "恶意台账测试局";
    private final FaultSystem system = FaultSystem.shared();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private int caseNumber;

    /** A line that would be imported: received 30 days ago, asked for a 补正, answered 公开. */
    private ObjectNode valid() {
        ObjectNode line = JSON.createObjectNode();
        line.put("agency", AGENCY).put("caseNo", "H-" + (++caseNumber)).put("channel", "INTERNET")
                .put("receivedOn", today.minusDays(30).toString()).put("applicantCategory", "NATURAL_PERSON")
                .put("description", "某文件");
        line.putObject("applicant").put("name", "张三").put("idNumber", "110101199001011234");
        ArrayNode steps = line.putArray("steps");
        steps.addObject().put("type", "SUPPLEMENT_REQUESTED").put("on", today.minusDays(29).toString())
                .put("dueOn", today.minusDays(20).toString());
        steps.addObject().put("type", "SUPPLEMENT_RECEIVED").put("on", today.minusDays(25).toString());
        steps.addObject().put("type", "CLOSED").put("on", today.minusDays(10).toString()).put("outcome", "1")
                .put("basis", "条例第二十七条");
        return line;
    }

    private Map<String, byte[]> hostileLines() {
        Map<String, byte[]> lines = new LinkedHashMap<>();
        Map<String, Consumer<ObjectNode>> spoils = new LinkedHashMap<>();
        for (String field : List.of("agency", "caseNo", "channel", "receivedOn", "applicantCategory", "applicant")) {
            spoils.put("missing " + field, line -> line.remove(field));
            spoils.put(field + " null", line -> line.putNull(field));
        }
        spoils.put("blank agency", line -> line.put("agency", "   "));
        spoils.put("an agency of 101 characters", line -> line.put("agency", "局".repeat(101)));
        spoils.put("a case number of 41 characters", line -> line.put("caseNo", "号".repeat(41)));
        spoils.put("an applicant name of 10,000 characters", line -> ((ObjectNode) line.get("applicant"))
                .put("name", "名".repeat(10_000)));
        spoils.put("a description of 4,001 characters", line -> line.put("description", "文".repeat(4001)));
        spoils.put("unknown channel", line -> line.put("channel", "PIGEON"));
        spoils.put("channel as number", line -> line.put("channel", 3));
        spoils.put("unknown applicant category", line -> line.put("applicantCategory", "ALIEN"));
        spoils.put("receivedOn 2023-02-30", line -> line.put("receivedOn", "2023-02-30"));
        spoils.put("receivedOn in words", line -> line.put("receivedOn", "昨天"));
        spoils.put("receivedOn as number", line -> line.put("receivedOn", 20240305));
        spoils.put("receivedOn in the future", line -> line.put("receivedOn", today.plusDays(40).toString()));
        spoils.put("receivedOn before the regulation", line -> line.put("receivedOn", "2019-05-14"));
        spoils.put("an unknown field", line -> line.put("secretField", "x"));
        spoils.put("applicant as text", line -> line.put("applicant", "张三"));
        spoils.put("steps as object", line -> line.putObject("steps"));
        spoils.put("a NUL character in the description", line -> line.put("description", "某\u0000文件"));
        spoils.put("an unknown step type", line -> steps(line).insertObject(0).put("type", "EXPLODE")
                .put("on", today.minusDays(28).toString()));
        spoils.put("a step without a date", line -> ((ObjectNode) steps(line).get(1)).remove("on"));
        spoils.put("steps out of date order", line -> ((ObjectNode) steps(line).get(1))
                .put("on", today.minusDays(29).minusDays(3).toString()));
        spoils.put("a step dated before receipt", line -> ((ObjectNode) steps(line).get(0))
                .put("on", today.minusDays(60).toString()));
        spoils.put("a 补正 notice after 7 working days", line -> {
            ((ObjectNode) steps(line).get(0)).put("on", today.minusDays(15).toString())
                    .put("dueOn", today.minusDays(12).toString());
            ((ObjectNode) steps(line).get(1)).put("on", today.minusDays(14).toString());
        });
        spoils.put("an unknown outcome code", line -> ((ObjectNode) steps(line).get(2)).put("outcome", "9.9"));
        spoils.put("an outcome as number", line -> ((ObjectNode) steps(line).get(2)).put("outcome", 1));
        spoils.put("6.1 though the supplement came", line -> ((ObjectNode) steps(line).get(2)).put("outcome", "6.1"));
        spoils.put("6.2 without a fee notice", line -> ((ObjectNode) steps(line).get(2)).put("outcome", "6.2"));
        spoils.put("closed twice", line -> steps(line).addObject().put("type", "CLOSED")
                .put("on", today.minusDays(9).toString()).put("outcome", "1").put("basis", "条例"));
        spoils.put("a negative extension", line -> steps(line).insertObject(2).put("type", "EXTENDED")
                .put("on", today.minusDays(12).toString()).put("workingDays", -5).put("approvedBy", "主任"));
        spoils.put("an extension of 10,000 working days", line -> steps(line).insertObject(2).put("type", "EXTENDED")
                .put("on", today.minusDays(12).toString()).put("workingDays", 10_000).put("approvedBy", "主任"));
        spoils.put("a negative fee", line -> steps(line).insertObject(2).put("type", "FEE_NOTICE_ISSUED")
                .put("on", today.minusDays(12).toString()).put("amountYuan", -200));
        spoils.put("a fee of 1e308 yuan", line -> steps(line).insertObject(2).put("type", "FEE_NOTICE_ISSUED")
                .put("on", today.minusDays(12).toString()).put("amountYuan", 1e308));
        spoils.put("an appeal before the closing", line -> steps(line).insertObject(2).put("type", "APPEAL_FILED")
                .put("on", today.minusDays(12).toString()).put("appealId", "F1").put("kind", "RECONSIDERATION"));
        spoils.put("an unknown appeal kind", line -> steps(line).addObject().put("type", "APPEAL_FILED")
                .put("on", today.minusDays(5).toString()).put("appealId", "F1").put("kind", "DUEL"));
        spoils.put("a decision of an appeal never filed", line -> steps(line).addObject().put("type", "APPEAL_DECIDED")
                .put("on", today.minusDays(5).toString()).put("appealId", "F9").put("result", "UPHELD"));
        spoils.put("an unknown appeal result", line -> {
            steps(line).addObject().put("type", "APPEAL_FILED").put("on", today.minusDays(6).toString())
                    .put("appealId", "F1").put("kind", "RECONSIDERATION");
            steps(line).addObject().put("type", "APPEAL_DECIDED").put("on", today.minusDays(5).toString())
                    .put("appealId", "F1").put("result", "MAYBE");
        });
        for (String injection : HostileCorpus.INJECTIONS) {
            spoils.put("injection as channel: " + injection, line -> line.put("channel", injection));
            spoils.put("injection as date: " + injection, line -> line.put("receivedOn", injection));
            spoils.put("injection as outcome: " + injection, line -> ((ObjectNode) steps(line).get(2))
                    .put("outcome", injection));
        }
        spoils.forEach((name, spoil) -> {
            ObjectNode line = valid();
            spoil.accept(line);
            lines.put(name, line.toString().getBytes(StandardCharsets.UTF_8));
        });
        lines.put("broken JSON", "{\"agency\": \"x\"".getBytes(StandardCharsets.UTF_8));
        lines.put("an array", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        lines.put("a number", "42".getBytes(StandardCharsets.UTF_8));
        lines.put("a string", "\"台账\"".getBytes(StandardCharsets.UTF_8));
        lines.put("null", "null".getBytes(StandardCharsets.UTF_8));
        lines.put("invalid UTF-8", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        lines.put("nesting 10,000 deep", ("{\"agency\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}")
                .getBytes(StandardCharsets.UTF_8));
        lines.put("two objects on one line", (valid() + " " + valid()).getBytes(StandardCharsets.UTF_8));
        return lines;
    }

    private static ArrayNode steps(ObjectNode line) {
        return (ArrayNode) line.get("steps");
    }

    @Test
    void everyHostileLedgerLineIsRefusedByLineWithItsRuleAndNothingIsStored() throws Exception {
        Map<String, byte[]> hostile = hostileLines();
        List<String> names = new ArrayList<>(hostile.keySet());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (byte[] line : hostile.values()) {
            file.write(line);
            file.write('\n');
        }
        Api.Answer answer = Api.send(Client.staff("hostile-ledger"), HttpRequest.newBuilder(
                        URI.create(system.commandUrl("/api/import")))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.toByteArray())));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode result = answer.json();
        List<String> unclear = new ArrayList<>();
        List<String> notRefused = new ArrayList<>(names);
        for (JsonNode refusal : result.get("refused")) {
            String name = names.get((int) refusal.get("line").asLong() - 1);
            notRefused.remove(name);
            if (!refusal.path("code").asText().matches("[A-Z_]+") || !refusal.path("error").asText()
                    .matches("(?s).*\\p{IsHan}.*") || refusal.path("error_en").asText().isBlank()) {
                unclear.add(name + ": " + refusal);
            }
        }
        assertThat(notRefused).as("hostile lines not refused").isEmpty();
        assertThat(unclear).as("refusals without a code and Chinese and English wording").isEmpty();
        assertThat(result.get("imported").asLong()).isZero();
        assertThat(result.get("alreadyPresent").asLong()).isZero();
        assertThat(result.get("refusedTotal").asLong()).isEqualTo(hostile.size());

        long stored;
        try (Connection store = system.commandDatabase()) {
            stored = Sql.count(store, """
                    SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%ApplicationReceived'
                    AND convert_from(payload, 'UTF8')::jsonb ->> 'agency' = ?""", AGENCY);
        }
        RebuildCheck.Result rebuild = RebuildCheck.compareTables(system);
        Summary.add(new Summary.Row("hostile ledger import (" + hostile.size() + " lines)", hostile.size(),
                result.get("imported").asLong(), stored, rebuild.equal()));
        assertThat(stored).as("applications stored from hostile lines").isZero();
        assertThat(rebuild.differences()).isEmpty();
    }
}
