package disclosure.query.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.outcome.Outcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed report (三门峡市政务服务和大数据管理局, 2023): one natural person's application, answered 予以公开. */
class SeedReportTest {
    private static final String AGENCY = "三门峡市政务服务和大数据管理局";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnnualReport report = AnnualTables.of(new EventLog().agency(AGENCY)
                    .received("sm-1", "2023-0001", ApplicantCategory.NATURAL_PERSON, "2023-05-08")
                    .answered("sm-1", Outcome.DISCLOSED, "2023-05-26")
                    .events())
            .report(2023, AGENCY);

    @Test
    void tablesEqualTheHandWrittenGoldenFile() throws IOException {
        JsonNode expected = JSON.readTree(resource("seed-2023.json"));
        ObjectNode actual = JSON.valueToTree(report);

        assertThat(actual.get("year")).isEqualTo(expected.get("year"));
        assertThat(actual.get("agency")).isEqualTo(expected.get("agency"));
        assertThat(actual.get("table3")).isEqualTo(expected.get("table3"));
        assertThat(actual.get("table4")).isEqualTo(expected.get("table4"));
        // JsonNode equality ignores field order; the table's row order is part of the contract.
        assertThat(fieldNames(actual.get("table3").get("rows"))).isEqualTo(fieldNames(expected.get("table3").get("rows")));
        assertThat(fieldNames(actual)).containsExactly("year", "agency", "table3", "table4", "checks");
        assertThat(report.checks()).isNotEmpty().allSatisfy(check -> assertThat(check.passed()).isTrue());
    }

    @Test
    void markdownCarriesEveryLabelOfTheSeedTables() throws IOException {
        String markdown = TableRenderer.markdown(report);

        List<String> seedLabels = seedLabels();
        assertThat(seedLabels).contains("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密",
                "3.危及“三安全一稳定”", "（七）总计", "结果维持", "复议后起诉");
        assertThat(seedLabels).allSatisfy(label -> assertThat(markdown).contains(label));
        assertThat(markdown)
                .contains("| 一、本年新收政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |")
                .contains("| 三、本年度办理结果 | （一）予以公开 | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |")
                .contains("| | （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 |")
                .contains("| | | 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
                .contains("| | （七）总计 | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |")
                .contains("| 四、结转下年度继续办理 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
                .contains("| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
    }

    /**
     * The label cells of the seed's tables, with the PDF conversion's half-width punctuation and stray spaces
     * put back to the official full-width form: "(一) 予以公开" → "（一）予以公开", "1. 属于国家秘密" → "1.属于国家秘密",
     * "结果 维持" → "结果维持".
     */
    private static List<String> seedLabels() throws IOException {
        List<String> labels = new ArrayList<>();
        for (String line : resource("seed-2023-tables.md").split("\n")) {
            if (!line.startsWith("|") || line.startsWith("|--")) {
                continue;
            }
            Arrays.stream(line.split("\\|")).map(String::trim)
                    .filter(cell -> !cell.isEmpty() && !cell.matches("\\d+"))
                    .map(cell -> cell.replace("(", "（").replace(")", "）").replace(", ", "，").replace(" ", ""))
                    .forEach(labels::add);
        }
        return labels;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SeedReportTest.class.getResourceAsStream("/report/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
