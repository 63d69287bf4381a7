package disclosure.command.proactive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import disclosure.command.application.RuleViolation;
import disclosure.command.proactive.ProactiveRequests.ImportLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 主动公开数据导入: documents and monthly figures of table 二 as JSON Lines, through the same use cases as the API.
 * A document already recorded adds nothing (unless the line newly repeals it), a month given again with the same
 * figure adds nothing, so a file can be imported again.
 */
@Component
public class ProactiveImporter {
    private final ProactiveRecords records;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public ProactiveImporter(ProactiveRecords records, JdbcTemplate jdbc) {
        this.records = records;
        this.jdbc = jdbc;
    }

    public record Refusal(long line, String code, String error, String error_en) {}

    public record Result(long recorded, long alreadyPresent, List<Refusal> refused, long position) {}

    /** @param actingAgency the user's agency: lines of other agencies are refused; null for 全市 */
    public Result importLines(InputStream input, String user, String actingAgency) throws IOException {
        long recorded = 0;
        long alreadyPresent = 0;
        List<Refusal> refused = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        long number = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            try {
                if (importLine(withinAgency(parse(text), actingAgency), user)) {
                    recorded++;
                } else {
                    alreadyPresent++;
                }
            } catch (RuleViolation e) {
                refused.add(new Refusal(number, e.rule().name(), e.detailZh(), e.detailEn()));
            } catch (LineRefused e) {
                refused.add(new Refusal(number, e.code, e.zh, e.en));
            }
        }
        Long position = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry",
                Long.class);
        return new Result(recorded, alreadyPresent, refused, position == null ? 0 : position);
    }

    private static ImportLine withinAgency(ImportLine line, String actingAgency) {
        if (actingAgency != null && line.agency() != null && !actingAgency.equals(line.agency().strip())) {
            throw new LineRefused("OUTSIDE_AGENCY", "您属于" + actingAgency + "，不能录入" + line.agency().strip()
                    + "的主动公开情况", "staff of another agency may not record this agency's figures");
        }
        return line;
    }

    /** @return whether anything was recorded */
    private boolean importLine(ImportLine line, String user) {
        if ("DOCUMENT".equals(line.type())) {
            require(line, "agency", "kind", "title", "documentNumber", "issuedOn");
            String agency = line.agency().strip();
            String id = ProactiveRecords.documentId(agency, line.kind(), line.documentNumber().strip());
            boolean changed = false;
            if (!records.exists(id)) {
                records.issue(agency, line.kind(), line.title(), line.documentNumber().strip(), line.issuedOn(), user);
                changed = true;
            }
            if (line.repealedOn() != null && !records.repealed(id)) {
                records.repeal(id, line.repealedOn(), line.repealReason(), user, null);
                changed = true;
            }
            return changed;
        }
        if ("TALLY".equals(line.type())) {
            require(line, "agency", "item", "month", "value");
            return records.tally(line.agency().strip(), line.item(), line.month(), line.value(), null, user).changed();
        }
        throw new LineRefused("INVALID_VALUE", "type 须为 DOCUMENT 或 TALLY，而不是 “" + line.type() + "”",
                "type must be DOCUMENT or TALLY, not " + line.type());
    }

    private ImportLine parse(String text) {
        try {
            ImportLine line = json.readValue(text, ImportLine.class);
            if (line == null) {
                throw new LineRefused("MALFORMED_LINE", "该行不是 JSON 对象", "the line is not a JSON object");
            }
            return line;
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(reference -> String.valueOf(reference.getFieldName()))
                    .collect(Collectors.joining("."));
            throw new LineRefused("INVALID_VALUE", "字段 " + field + " 无效或未知",
                    "invalid or unknown field " + field + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new LineRefused("MALFORMED_LINE", "该行不是有效的 JSON", "the line is not valid JSON");
        }
    }

    private static void require(ImportLine line, String... fields) {
        List<String> missing = Stream.of(fields).filter(field -> switch (field) {
            case "agency" -> line.agency() == null || line.agency().isBlank();
            case "kind" -> line.kind() == null;
            case "title" -> line.title() == null || line.title().isBlank();
            case "documentNumber" -> line.documentNumber() == null || line.documentNumber().isBlank();
            case "issuedOn" -> line.issuedOn() == null;
            case "item" -> line.item() == null;
            case "month" -> line.month() == null;
            default -> line.value() == null;
        }).toList();
        if (!missing.isEmpty()) {
            throw new LineRefused("MISSING_FIELD", "缺少字段：" + String.join("、", missing),
                    "missing fields: " + String.join(", ", missing));
        }
    }

    private static final class LineRefused extends RuntimeException {
        private final String code;
        private final String zh;
        private final String en;

        LineRefused(String code, String zh, String en) {
            super(en);
            this.code = code;
            this.zh = zh;
            this.en = en;
        }
    }
}
