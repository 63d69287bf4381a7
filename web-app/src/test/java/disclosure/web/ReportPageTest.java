package disclosure.web;

import disclosure.access.Role;
import disclosure.statute.LegalTime;
import disclosure.web.support.StaffSession;
import disclosure.web.support.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 年度报告 page: the published layout with every figure linked to its provenance, the checks, exports proxied with
 * the user's token, the as-of view, drafts and prose for the 统计员 only, table 二 entry, and bad input named.
 */
class ReportPageTest extends WebAppTest {
    private static final String AGENCY = "某市自然资源局";
    private static final String OTHER_AGENCY = "某市林业局";
    private static final LocalDate TODAY = LegalTime.today(Clock.systemUTC());
    private static final String REPORT = "/reports?year=" + TODAY.getYear() + "&agency=" + encode(AGENCY);

    private StaffSession statistician;

    @BeforeEach
    void staff() {
        agency(AGENCY);
        agency(OTHER_AGENCY);
        user("stat.report", "统计员庚", null, Role.STATISTICIAN);
        user("boss.report", "负责人庚", AGENCY, Role.SUPERVISOR);
        user("boss.forest", "负责人辛", OTHER_AGENCY, Role.SUPERVISOR);
        statistician = loggedIn("stat.report");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Map<String, String> yearAndAgency(String... more) {
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("year", String.valueOf(TODAY.getYear()),
                "agency", AGENCY));
        for (int i = 0; i < more.length; i += 2) {
            form.put(more[i], more[i + 1]);
        }
        return form;
    }

    @Test
    void everyFigureOfThePublishedTablesLinksToItsProvenance() {
        String page = statistician.get(REPORT).body();
        assertThat(page).contains("二、主动公开政府信息情况").contains("id=\"checks\"");
        Matcher link = Pattern.compile("data-source=\"table3:new:6\"><a href=\"([^\"]+)\"").matcher(page);
        assertThat(link.find()).as("table 三's 新收 总计 is a link").isTrue();
        HttpResponse<String> provenance = statistician.get(link.group(1).replace("&amp;", "&"));
        assertThat(provenance.statusCode()).isEqualTo(200);
        assertThat(provenance.body()).contains("统计规则").contains("id=\"provenance-items\"");
    }

    @Test
    void exportsAreDownloadedThroughTheWebApplication() {
        HttpResponse<String> docx = statistician.get("/reports/export/docx?year=" + TODAY.getYear() + "&agency="
                + encode(AGENCY));
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.body()).startsWith("PK");
        assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment").contains(".docx"));
        HttpResponse<String> markdown = statistician.get("/reports/export/md?year=" + TODAY.getYear());
        assertThat(markdown.body()).contains("主动公开政府信息情况");
        HttpResponse<String> unknown = statistician.get("/reports/export/pdf?year=" + TODAY.getYear());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("不支持的导出格式“pdf”");
    }

    @Test
    void theReportAsOfADayIsShownAndADateThatIsNoDateIsNamed() {
        String asOf = TODAY.minusDays(1).toString();
        assertThat(statistician.get(REPORT + "&asOf=" + asOf).body()).contains("按" + asOf + "日终时的记录");
        HttpResponse<String> bad = statistician.get(REPORT + "&asOf=2025-02-30");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("查看日期“2025-02-30”不是有效日期");
    }

    @Test
    void theStatisticianRewritesAParagraphAndAnUnknownFigureIsRefusedInTheServicesWords() {
        statistician.get(REPORT);
        HttpResponse<String> saved = statistician.post("/reports/text",
                yearAndAgency("paragraph", "五.问题及改进", "template", "本年度答复规范性有待提高。"));
        String page = statistician.follow(saved).body();
        assertThat(page).contains("已保存段落“五.问题及改进”").contains("本年度答复规范性有待提高。");

        HttpResponse<String> refused = statistician.post("/reports/text",
                yearAndAgency("paragraph", "五.问题及改进", "template", "共{{没有这个数}}件"));
        assertThat(statistician.follow(refused).body()).contains("段落“五.问题及改进”未保存")
                .contains("模板引用了报告中没有的数字").contains("本年度答复规范性有待提高。");
    }

    @Test
    void aSavedDraftIsASnapshotOnlyItsAgencyAndTheCitySee() {
        statistician.get(REPORT);
        String page = statistician.follow(statistician.post("/reports/drafts", yearAndAgency())).body();
        Matcher saved = Pattern.compile("已保存草稿（第(\\d+)号快照）").matcher(page);
        assertThat(saved.find()).as("the draft's number is shown").isTrue();
        String snapshot = "/reports/snapshots/" + saved.group(1);
        assertThat(page).contains("href=\"" + snapshot + "\"");
        assertThat(statistician.get(snapshot).body()).contains("更正说明").contains("保存以来没有数字发生变化");
        assertThat(loggedIn("boss.report").get(snapshot).statusCode()).isEqualTo(200);
        assertThat(loggedIn("boss.forest").get(snapshot).statusCode()).isEqualTo(403);
        assertThat(loggedIn("boss.forest").get(snapshot + "/export/docx").statusCode()).isEqualTo(403);
    }

    @Test
    void aSupervisorReadsTheReportButNeitherWritesItNorEntersTableTwo() {
        StaffSession supervisor = loggedIn("boss.report");
        assertThat(supervisor.get("/reports").statusCode()).isEqualTo(200);
        assertThat(supervisor.post("/reports/drafts", yearAndAgency()).statusCode()).isEqualTo(403);
        assertThat(supervisor.post("/reports/text", yearAndAgency("paragraph", "五.问题及改进", "template", "无"))
                .statusCode()).isEqualTo(403);
        assertThat(supervisor.get("/reports/proactive").statusCode()).isEqualTo(403);
        assertThat(supervisor.post("/reports/proactive/tallies", Map.of("item", "LICENSING", "month", "2026-01",
                "value", "3")).statusCode()).isEqualTo(403);
    }

    @Test
    void aDocumentEnteredForTableTwoIsListedInForce() {
        String proactive = "/reports/proactive?agency=" + encode(AGENCY);
        statistician.get(proactive);
        HttpResponse<String> issued = statistician.post("/reports/proactive/documents?agency=" + encode(AGENCY),
                Map.of("kind", "NORMATIVE_DOCUMENT", "title", "关于规范自然资源执法的通知",
                        "documentNumber", "某自然资规〔2026〕1号", "issuedOn", TODAY.toString()));
        assertThat(StaffSession.location(issued)).contains("minPosition=");
        assertThat(statistician.follow(issued).body()).contains("已登记文件").contains("某自然资规〔2026〕1号");
    }

    @Test
    void badTableTwoInputIsNamedAndRecordsNothing() {
        String proactive = "/reports/proactive?agency=" + encode(AGENCY);
        statistician.get(proactive);
        HttpResponse<String> badDate = statistician.post("/reports/proactive/documents?agency=" + encode(AGENCY),
                Map.of("kind", "REGULATION", "title", "某规章", "documentNumber", "某政令第99号",
                        "issuedOn", "2026-02-30"));
        assertThat(statistician.follow(badDate).body()).contains("登记文件未成功：制发日期“2026-02-30”不是有效日期")
                .doesNotContain("某政令第99号");
        HttpResponse<String> badMonth = statistician.post("/reports/proactive/tallies?agency=" + encode(AGENCY),
                Map.of("item", "LICENSING", "month", "2026-13", "value", "3"));
        assertThat(statistician.follow(badMonth).body()).contains("月份“2026-13”无效");
    }
}
