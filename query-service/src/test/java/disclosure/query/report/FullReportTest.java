package disclosure.query.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.contract.proactive.DocumentKind;
import disclosure.query.report.export.DocxExport;
import disclosure.query.report.export.HtmlExport;
import disclosure.query.report.export.MarkdownExport;
import disclosure.query.report.export.XlsxExport;
import disclosure.query.report.full.FullReport;
import disclosure.query.report.full.ReportGenerator;
import disclosure.query.report.full.ReportJson;
import disclosure.query.report.full.ReportLedger;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.outcome.Outcome;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole seed report (三门峡市, 2023) from an event stream: tables 二, 三 and 四 equal the hand-written golden
 * files, the six parts come in the official order with the seed's sentence on applications, and the Word and Excel
 * exports, opened with Apache POI, hold exactly the JSON tables' figures in the official layout.
 */
class FullReportTest {
    private static final String AGENCY = "三门峡市政务服务和大数据管理局";
    private static final ObjectMapper JSON = new ObjectMapper();

    static ReportLedger seedLedger() {
        ReportLedger ledger = new ReportLedger();
        new EventLog().agency(AGENCY)
                .documentIssued("d-1", DocumentKind.NORMATIVE_DOCUMENT, "三政数规〔2021〕1号", "2021-04-01")
                .documentIssued("d-2", DocumentKind.NORMATIVE_DOCUMENT, "三政数规〔2022〕1号", "2022-06-01")
                .received("sm-1", "2023-0001", ApplicantCategory.NATURAL_PERSON, "2023-05-08")
                .documentIssued("d-3", DocumentKind.NORMATIVE_DOCUMENT, "三政数规〔2023〕1号", "2023-03-01")
                .answered("sm-1", Outcome.DISCLOSED, "2023-05-26")
                .documentIssued("d-4", DocumentKind.NORMATIVE_DOCUMENT, "三政数规〔2023〕2号", "2023-09-15")
                .events().forEach(ledger::apply);
        return ledger;
    }

    private final ReportLedger ledger = seedLedger();
    private final FullReport report = ReportGenerator.generate(ledger, ledger.position(), null, 2023, AGENCY,
            ReportGenerator.Edits.NONE, null);
    private final JsonNode json = JSON.readTree(ReportJson.bytes(report));

    FullReportTest() throws IOException {
    }

    @Test
    void tablesEqualTheHandWrittenGoldenFiles() throws IOException {
        JsonNode tables = JSON.readTree(resource("seed-2023.json"));
        assertThat(json.get("table2")).isEqualTo(JSON.readTree(resource("seed-2023-table2.json")));
        assertThat(json.get("table3")).isEqualTo(tables.get("table3"));
        assertThat(json.get("table4")).isEqualTo(tables.get("table4"));
        assertThat(report.checksPassed()).isTrue();
        assertThat(report.checks()).extracting(Check::name).contains("现行有效件数：上年现行有效+本年制发-本年废止=本年现行有效");
    }

    @Test
    void theStoredFormReadsBackToTheSameReportAndTheSameBytes() {
        byte[] bytes = ReportJson.bytes(report);
        FullReport read = ReportJson.read(new String(bytes, StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(report);
        assertThat(ReportJson.bytes(read)).isEqualTo(bytes);
    }

    @Test
    void theSixPartsComeInTheOfficialOrderWithPrefilledTraceableText() {
        assertThat(report.parts()).extracting(FullReport.Part::title).containsExactly("一、总体情况",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(report.parts()).extracting(FullReport.Part::table)
                .containsExactly(null, "table2", "table3", "table4", null, null);
        assertThat(report.title()).isEqualTo(AGENCY + "2023年政府信息公开工作年度报告");

        // the seed: "2023 年度我局收到依申请公开 1 件，已经按期办结。" (PDF spaces removed, 我局 → 本机关)
        FullReport.Paragraph applications = paragraph("一.依申请公开");
        assertThat(applications.text()).isEqualTo("2023年度本机关收到依申请公开1件，已经按期办结。");
        assertThat(applications.figures()).extracting(FullReport.Figure::source).contains("table3:new:6");
        assertThat(applications.untraceableNumbers()).isEmpty();
        // the seed: "本年度未产生信息公开处理费。"
        assertThat(paragraph("六.信息处理费").text()).endsWith("本年度未产生信息公开处理费。");
        assertThat(paragraph("一.主动公开").text()).contains("行政规范性文件2件", "现行有效规章0件、行政规范性文件4件");
        assertThat(report.parts()).allSatisfy(part -> assertThat(part.paragraphs())
                .allSatisfy(p -> assertThat(p.untraceableNumbers()).as(p.key()).isEmpty()));
    }

    @Test
    void theWordExportHoldsTheJsonTablesInTheOfficialLayout() throws IOException {
        try (XWPFDocument doc = OfficeFiles.docx(DocxExport.render(report))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(report.title());
            List<String> headings = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(text -> text.matches("^[一二三四五六]、.*")).toList();
            assertThat(headings).containsSubsequence("一、总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项");
            XWPFRun body = doc.getParagraphs().get(2).getRuns().get(0);
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(doc.getTables()).hasSize(3);

            OfficeFiles.ReadTable table2 = OfficeFiles.grid(doc.getTables().get(0));
            assertTable2(table2);
            assertThat(table2.merges()).anySatisfy(m -> assertThat(m).containsExactly(0, 0, 4));

            OfficeFiles.ReadTable table3 = OfficeFiles.grid(doc.getTables().get(1));
            assertTable3(table3);
            assertThat(table3.merges()).anySatisfy(m -> assertThat(m).containsExactly(0, 0, 3));
            assertThat(table3.merges()).as("申请人情况 spans the six applicant columns")
                    .anySatisfy(m -> assertThat(m).containsExactly(0, 3, 6));

            assertTable4(OfficeFiles.grid(doc.getTables().get(2)));
        }
    }

    @Test
    void theExcelExportHoldsTheJsonTablesAsNumbersWithMergedHeaders() throws IOException {
        try (XSSFWorkbook book = OfficeFiles.xlsx(XlsxExport.render(report))) {
            assertThat(book.getSheet("报告").getRow(0).getCell(0).getStringCellValue()).isEqualTo(report.title());
            assertTable2(OfficeFiles.grid(book.getSheet("表二"), 4));
            OfficeFiles.ReadTable table3 = OfficeFiles.grid(book.getSheet("表三"), 10);
            assertTable3(table3);
            assertThat(table3.merges()).anySatisfy(m -> assertThat(m).containsExactly(0, 0, 3, 3));
            assertThat(table3.merges()).as("三、本年度办理结果 spans the 21 results and （七）总计")
                    .anySatisfy(m -> assertThat(m).containsExactly(5, 0, 1, 22));
            assertTable4(OfficeFiles.grid(book.getSheet("表四"), 15));
            assertThat(book.getSheet("表三").getRow(3).getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(book.getSheet("校验").getRow(0).getCell(1).getStringCellValue()).isEqualTo("通过");
        }
    }

    @Test
    void markdownAndHtmlCarryTheWholeReport() {
        String markdown = MarkdownExport.render(report);
        assertThat(markdown).contains("# " + report.title(), "## 二、主动公开政府信息情况",
                "| 行政规范性文件 | 2 | 0 | 4 |", "| 第二十条第（八）项 |", "| 本年收费金额（单位：万元） |",
                "2023年度本机关收到依申请公开1件，已经按期办结。", "统计依据：事件日志至位置 6")
                .doesNotContain("校验未通过");
        String html = HtmlExport.render(report);
        assertThat(html).contains("<th colspan=\"4\">第二十条第（一）项</th>", "data-source=\"table3:new:6\">1</td>",
                "<th rowspan=\"22\">三、本年度办理结果</th>");
    }

    /** Table 二 as in the seed: rows 2–3 the documents, then 行政许可, 行政处罚, 行政强制, 行政事业性收费. */
    private void assertTable2(OfficeFiles.ReadTable table) {
        JsonNode t2 = json.get("table2");
        assertThat(table.at(0, 0)).isEqualTo("第二十条第（一）项");
        assertThat(List.of(table.at(1, 0), table.at(1, 1), table.at(1, 2), table.at(1, 3)))
                .containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
        assertThat(table.at(2, 0)).isEqualTo("规章");
        assertThat(table.at(3, 0)).isEqualTo("行政规范性文件");
        for (int c = 0; c < 3; c++) {
            assertThat(table.at(2, c + 1)).isEqualTo(t2.at("/documents/REGULATION/" + c).asText());
            assertThat(table.at(3, c + 1)).isEqualTo(t2.at("/documents/NORMATIVE_DOCUMENT/" + c).asText());
        }
        assertThat(List.of(table.at(6, 0), table.at(6, 1))).containsExactly("行政许可", t2.get("licensing").asText());
        assertThat(List.of(table.at(9, 0), table.at(9, 1))).containsExactly("行政处罚", t2.get("punishment").asText());
        assertThat(List.of(table.at(10, 0), table.at(10, 1))).containsExactly("行政强制", t2.get("coercion").asText());
        assertThat(table.at(12, 1)).isEqualTo("本年收费金额（单位：万元）");
        assertThat(List.of(table.at(13, 0), table.at(13, 1)))
                .containsExactly("行政事业性收费", t2.get("administrativeFees").asText());
    }

    /** Table 三: three header rows, then the 25 counted rows in the JSON's order, figures in columns 3–9. */
    private void assertTable3(OfficeFiles.ReadTable table) {
        assertThat(table.at(0, 0)).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        assertThat(table.at(0, 3)).isEqualTo("申请人情况");
        assertThat(table.at(3, 0)).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(table.at(27, 0)).isEqualTo("四、结转下年度继续办理");
        int row = 3;
        for (Iterator<Map.Entry<String, JsonNode>> rows = json.at("/table3/rows").fields(); rows.hasNext(); row++) {
            JsonNode counts = rows.next().getValue();
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 7; c++) {
                cells.add(table.at(row, 3 + c));
            }
            List<String> expected = new ArrayList<>();
            counts.forEach(n -> expected.add(n.asText()));
            assertThat(cells).as("row " + row).isEqualTo(expected);
        }
        assertThat(row).isEqualTo(28);
    }

    private void assertTable4(OfficeFiles.ReadTable table) {
        assertThat(table.at(0, 0)).isEqualTo("行政复议");
        assertThat(table.at(0, 5)).isEqualTo("行政诉讼");
        assertThat(table.at(1, 5)).isEqualTo("未经复议直接起诉");
        List<String> expected = new ArrayList<>();
        for (String group : List.of("reconsideration", "litigation_direct", "litigation_after_reconsideration")) {
            json.at("/table4/" + group).forEach(n -> expected.add(n.asText()));
        }
        assertThat(table.texts().get(3)).isEqualTo(expected);
    }

    private FullReport.Paragraph paragraph(String key) {
        return report.parts().stream().flatMap(p -> p.paragraphs().stream()).filter(p -> p.key().equals(key))
                .findFirst().orElseThrow();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FullReportTest.class.getResourceAsStream("/report/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
