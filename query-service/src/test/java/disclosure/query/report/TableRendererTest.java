package disclosure.query.report;

import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.outcome.Outcome;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TableRendererTest {
    private static final String HOSTILE_AGENCY = "<script>alert('x')</script> & 局";

    @Test
    void htmlEscapesTheAgencyName() {
        AnnualReport report = AnnualTables.of(new EventLog().agency(HOSTILE_AGENCY)
                .received("h1", "2024-0001", ApplicantCategory.NATURAL_PERSON, "2024-03-01")
                .answered("h1", Outcome.DISCLOSED, "2024-03-10")
                .events()).report(2024, HOSTILE_AGENCY);

        String html = TableRenderer.html(report);

        assertThat(html).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 局 2024年度");
    }

    @Test
    void htmlMergesTheHeaderAndLabelCellsLikeTheOfficialFormat() {
        String html = TableRenderer.html(AnnualTables.of(SampleCity.events()).report(2024, null));

        assertThat(html)
                .contains("<th colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"
                        + "<th colspan=\"6\">申请人情况</th><th rowspan=\"3\">总计</th>")
                .contains("<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th></tr>")
                .contains("<tr><th colspan=\"3\">一、本年新收政府信息公开申请数量</th><td>9</td><td>6</td><td>3</td>"
                        + "<td>2</td><td>3</td><td>3</td><td>26</td></tr>")
                .contains("<th rowspan=\"22\">三、本年度办理结果</th><th colspan=\"2\">（一）予以公开</th><td>3</td>")
                .contains("<th rowspan=\"8\">（三）不予公开</th><th>1.属于国家秘密</th>")
                .contains("<th rowspan=\"3\">（四）无法提供</th>", "<th rowspan=\"5\">（五）不予处理</th>",
                        "<th rowspan=\"3\">（六）其他处理</th>")
                .contains("<th colspan=\"2\">（七）总计</th>", "<th colspan=\"3\">四、结转下年度继续办理</th>")
                .contains("<th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th>")
                .contains("<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th>")
                // 复议 2,1,1,1,5 · 直接起诉 1,1,1,1,4 · 复议后起诉 1,1,1,1,4 (see AnnualTablesTest).
                .contains("<tr><td>2</td><td>1</td><td>1</td><td>1</td><td>5</td>"
                        + "<td>1</td><td>1</td><td>1</td><td>1</td><td>4</td>"
                        + "<td>1</td><td>1</td><td>1</td><td>1</td><td>4</td></tr>");
        // 25 counted rows of table 三 (7 numbers each) and the one row of table 四 (15).
        assertThat(count(html, "<td>")).isEqualTo(25 * 7 + 15);
    }

    @Test
    void markdownRowsAllHaveTheSameNumberOfCells() {
        String markdown = TableRenderer.markdown(AnnualTables.of(SampleCity.events()).report(2024, SampleCity.A));

        String[] lines = markdown.split("\n");
        long table3Rows = Arrays.stream(lines).filter(l -> l.startsWith("|") && count(l, "\\|") == 11).count();
        long table4Rows = Arrays.stream(lines).filter(l -> l.startsWith("|") && count(l, "\\|") == 16).count();
        // 3 header rows, the delimiter row, 25 counted rows; table 四: 3 header rows, delimiter, numbers.
        assertThat(table3Rows).isEqualTo(4 + 25);
        assertThat(table4Rows).isEqualTo(5);
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("|")).count()).isEqualTo(34);
        assertThat(markdown).contains("| | | 4.保护第三方合法权益 | 0 | 1 | 0 | 0 | 0 | 1 | 2 |");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
