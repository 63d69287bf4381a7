package disclosure.query.report;

import disclosure.contract.proactive.DocumentKind;
import disclosure.query.report.export.DocxExport;
import disclosure.query.report.export.HtmlExport;
import disclosure.query.report.export.MarkdownExport;
import disclosure.query.report.export.XlsxExport;
import disclosure.query.report.full.FullReport;
import disclosure.query.report.full.ReportGenerator;
import disclosure.query.report.full.ReportLedger;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.outcome.Outcome;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks that run at every generation and cannot be bypassed: 四 of the year before as published = 二 of this
 * year, 现行有效 rolled forward in table 二 (from the facts, and from the published report), and a report whose
 * checks fail says so at the top of every export. Also the figures of parts 一, 五 and 六: late answers, fees paid
 * and the per-request fee rule with its calculation.
 */
class CrossYearChecksTest {
    private static final String AGENCY = "市教育局";

    private static ReportLedger ledger(EventLog log) {
        ReportLedger ledger = new ReportLedger();
        log.events().forEach(ledger::apply);
        return ledger;
    }

    private static FullReport report(ReportLedger ledger, int year, FullReport previousPublished) {
        return ReportGenerator.generate(ledger, ledger.position(), null, year, AGENCY, ReportGenerator.Edits.NONE,
                previousPublished);
    }

    private static Check check(FullReport report, String namePrefix) {
        return report.checks().stream().filter(c -> c.name().startsWith(namePrefix)).findFirst().orElseThrow();
    }

    @Test
    void aCorrectionAfterPublicationBreaksTheCarryOverFromThePublishedReportAndEveryExportSaysSo() throws IOException {
        EventLog log = new EventLog().agency(AGENCY)
                .received("a-1", "2022-0001", ApplicantCategory.NATURAL_PERSON, "2022-12-20");
        FullReport published2022 = report(ledger(log), 2022, null);
        assertThat(published2022.table3().cell(Table3Row.CARRIED_FORWARD, Table3.TOTAL_COLUMN)).isEqualTo(1);

        log.receiptDateCorrected("a-1", "2022-12-20", "2023-01-04").answered("a-1", Outcome.DISCLOSED, "2023-01-20");
        FullReport report2023 = report(ledger(log), 2023, published2022);

        Check carryOver = check(report2023, "上年四（已发布）");
        assertThat(carryOver.passed()).isFalse();
        assertThat(carryOver.detail()).contains("「自然人」列：2022年报告已发布「四、结转下年度继续办理」为 1，而本年「二、上年结转政府信息公开申请数量」为 0");
        assertThat(report2023.checksPassed()).isFalse();
        assertThat(check(report2023, "一+二").passed()).as("the year itself balances").isTrue();

        String banner = "【本报告校验未通过】";
        assertThat(MarkdownExport.render(report2023)).contains(banner, "上年四（已发布）=本年二");
        assertThat(HtmlExport.render(report2023)).contains("class=\"failed\"", banner);
        try (XWPFDocument doc = OfficeFiles.docx(DocxExport.render(report2023))) {
            assertThat(doc.getParagraphs().get(1).getText()).startsWith(banner);
            assertThat(doc.getParagraphs().get(1).getRuns().get(0).getColor()).isEqualTo("C00000");
        }
        try (XSSFWorkbook book = OfficeFiles.xlsx(XlsxExport.render(report2023))) {
            assertThat(book.getSheet("报告").getRow(1).getCell(0).getStringCellValue()).startsWith(banner);
            assertThat(book.getSheet("校验").getRow(4).getCell(1).getStringCellValue()).isIn("通过", "未通过");
        }

        FullReport unpublished = report(ledger(log), 2023, null);
        assertThat(unpublished.checks()).extracting(Check::name).doesNotContain("上年四（已发布）=本年二（各列）");
        assertThat(MarkdownExport.render(unpublished)).doesNotContain(banner);
    }

    @Test
    void theInForceCountRollsForwardAndARepealWithoutItsIssueBreaksIt() {
        EventLog log = new EventLog().agency(AGENCY)
                .documentIssued("d-1", DocumentKind.REGULATION, "市政府令第1号", "2020-02-01")
                .documentIssued("d-2", DocumentKind.REGULATION, "市政府令第2号", "2023-02-01")
                .documentRepealed("d-1", DocumentKind.REGULATION, "2023-06-30");
        ReportLedger consistent = ledger(log);
        FullReport report = report(consistent, 2023, null);
        assertThat(report.table2().documents(DocumentKind.REGULATION, 0)).isEqualTo(1);
        assertThat(report.table2().documents(DocumentKind.REGULATION, 1)).isEqualTo(1);
        assertThat(report.table2().documents(DocumentKind.REGULATION, 2)).isEqualTo(1);
        assertThat(check(report, "现行有效件数：").passed()).isTrue();

        log.documentRepealed("d-9", DocumentKind.REGULATION, "2023-08-01");
        Check broken = check(report(ledger(log), 2023, null), "现行有效件数：");
        assertThat(broken.passed()).isFalse();
        assertThat(broken.detail()).contains("「规章」：2022年现行有效 1 + 本年制发 1 - 本年废止 2 = 0，而本年现行有效为 1", "d-9");

        FullReport published2022 = report(consistent, 2022, null);
        assertThat(check(report(consistent, 2023, published2022), "现行有效件数与上年").passed()).isTrue();
        log.documentIssued("d-0", DocumentKind.REGULATION, "市政府令第0号", "2019-06-01");
        Check afterPublication = check(report(ledger(log), 2023, published2022), "现行有效件数与上年");
        assertThat(afterPublication.passed()).as("a 2019 document entered after the 2022 report was published")
                .isFalse();
        assertThat(afterPublication.detail()).contains("2022年报告已发布现行有效 1");
    }

    @Test
    void lateAnswersAndFeesAreCountedIntoTheTextWithTheCalculationShown() {
        EventLog log = new EventLog().agency(AGENCY);
        for (int i = 1; i <= 12; i++) {
            log.receivedFrom("r-" + i, "2024-%04d".formatted(i), "李明", "110101199001011234", "2024-03-" + (10 + i));
        }
        log.answeredLate("r-1", Outcome.DISCLOSED, "2024-05-20").feeNoticeIssued("r-2", "2024-03-25", "2024-04-23")
                .feePaid("r-2", "200.00", "2024-04-01").answered("r-2", Outcome.DISCLOSED, "2024-04-10");
        FullReport report = report(ledger(log), 2024, null);

        assertThat(report.fees().collectedYuan()).isEqualTo("200");
        assertThat(report.fees().payments()).isEqualTo(1);
        FullReport.PerRequestFee perRequest = report.fees().perRequest().get(0);
        assertThat(perRequest.applicant()).isEqualTo("李*");
        assertThat(perRequest.month()).isEqualTo("2024年3月");
        assertThat(perRequest.requests()).isEqualTo(12);
        assertThat(perRequest.calculation()).isEqualTo("共12件：第1–10件免费；第11–12件 2件×100元=200元；合计200元");

        List<FullReport.Paragraph> paragraphs = report.parts().stream().flatMap(p -> p.paragraphs().stream()).toList();
        assertThat(paragraphs).extracting(FullReport.Paragraph::text).contains(
                "2024年度本机关收到依申请公开12件，上年结转0件；办结2件，其中按期办结1件、逾期办结1件；结转下年度继续办理10件。",
                "2024年度，本机关逾期答复政府信息公开申请1件；涉及政府信息公开的行政复议0件、行政诉讼0件，其中结果被纠正0件。");
        assertThat(paragraphs.stream().filter(p -> p.key().equals("六.信息处理费")).findFirst().orElseThrow().text())
                .endsWith("本年度共收取信息处理费200元（1笔）。");
        assertThat(paragraphs.stream().filter(p -> p.key().equals("六.按件计收")).findFirst().orElseThrow().text())
                .contains("申请人李*于2024年3月共12件：第1–10件免费；第11–12件 2件×100元=200元；合计200元");
        assertThat(report.figures()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("逾期办结");
            assertThat(f.source()).isEqualTo("applications:late");
        });
    }
}
