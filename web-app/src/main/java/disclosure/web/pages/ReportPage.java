package disclosure.web.pages;

import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.statute.LegalTime;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.outcome.Outcome;
import disclosure.statute.outcome.OutcomeGroup;
import disclosure.web.backend.QueryApi;
import disclosure.web.security.CurrentStaff;
import disclosure.web.staff.StaffDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 年度报告: tables 三 and 四 of a year in the published layout, the checks, and from any cell of 三 the applications
 * counted in it; a Markdown export. Agency staff see their agency's tables; a 全市 统计员 chooses an agency or the
 * 全市汇总.
 */
@Controller
public class ReportPage {
    static final int FIRST_YEAR = 2019;

    private final QueryApi queries;
    private final StaffDirectory directory;
    private final Clock clock;

    public ReportPage(QueryApi queries, StaffDirectory directory, Clock clock) {
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * One printed row of table 三: a heading without numbers ({@code key} null) or a counted row. A sub-row of
     * （三）…（六） is {@code indented}; the first of each group carries the group's label and how many rows it spans.
     */
    public record Row(String key, String label, boolean heading, boolean indented, String groupLabel, int groupSpan) {
        static Row of(String key, String label) {
            return new Row(key, label, key == null, false, null, 0);
        }
    }

    /** The rows of table 三 exactly as printed: 一, 二, 三 with （一）…（七）, 四. */
    static List<Row> table3Rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("new", "一、本年新收政府信息公开申请数量"));
        rows.add(Row.of("carried_over", "二、上年结转政府信息公开申请数量"));
        rows.add(Row.of(null, "三、本年度办理结果"));
        for (OutcomeGroup group : OutcomeGroup.values()) {
            List<Outcome> outcomes = Arrays.stream(Outcome.values()).filter(o -> o.group() == group).toList();
            if (outcomes.size() == 1) {
                String numeral = group.label().substring(0, group.label().indexOf('）') + 1);
                rows.add(Row.of(outcomes.get(0).code(), numeral + outcomes.get(0).label()));
            } else {
                for (int i = 0; i < outcomes.size(); i++) {
                    Outcome o = outcomes.get(i);
                    rows.add(new Row(o.code(), o.code().substring(o.code().indexOf('.') + 1) + "." + o.label(), false,
                            true, i == 0 ? group.label() : null, i == 0 ? outcomes.size() : 0));
                }
            }
        }
        rows.add(Row.of("total", "（七）总计"));
        rows.add(Row.of("carried_forward", "四、结转下年度继续办理"));
        return rows;
    }

    @GetMapping("/reports")
    String report(@RequestParam(required = false) Integer year, @RequestParam(required = false) String agency,
                  Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_REPORTS);
        int shown = validYear(year);
        String scope = scope(staff, agency);
        model.addAttribute("report", queries.report(shown, scope));
        model.addAttribute("rows", table3Rows());
        model.addAttribute("categories", ApplicantCategory.values());
        model.addAttribute("year", shown);
        model.addAttribute("agency", scope);
        model.addAttribute("agencies", staff.citywide() ? directory.agencies() : List.of());
        model.addAttribute("years", years());
        return "report";
    }

    /** 单元格溯源: the applications counted in one cell of table 三. */
    @GetMapping("/reports/cell")
    String cell(@RequestParam int year, @RequestParam(required = false) String agency, @RequestParam String row,
                @RequestParam int column, Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_REPORTS);
        if (column < 0 || column > 6) {
            throw new PageNotFoundException("表三没有第" + column + "列");
        }
        String scope = scope(staff, agency);
        model.addAttribute("cell", queries.table3Cell(validYear(year), scope, row, column));
        model.addAttribute("rowLabel", table3Rows().stream().filter(r -> row.equals(r.key())).map(Row::label)
                .findFirst().orElseThrow(() -> new PageNotFoundException("表三没有行“" + row + "”")));
        model.addAttribute("columnLabel", column == 6 ? "总计" : ApplicantCategory.values()[column].label());
        model.addAttribute("agency", scope);
        return "report-cell";
    }

    @GetMapping("/reports/export.md")
    ResponseEntity<String> markdown(@RequestParam int year, @RequestParam(required = false) String agency) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_REPORTS);
        int shown = validYear(year);
        String scope = scope(staff, agency);
        return ResponseEntity.ok().contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("年度报告-" + shown + (scope == null ? "-全市" : "-" + scope) + ".md",
                                StandardCharsets.UTF_8).build().toString())
                .body(queries.reportMarkdown(shown, scope));
    }

    /** Agency staff always get their own agency, whatever the URL says; 全市 users the one they chose, or all. */
    private static String scope(StaffIdentity staff, String agency) {
        if (!staff.citywide()) {
            return staff.agency();
        }
        return agency == null || agency.isBlank() ? null : agency;
    }

    private int validYear(Integer year) {
        int current = LegalTime.today(clock).getYear();
        if (year == null) {
            return current;
        }
        if (year < FIRST_YEAR || year > current) {
            throw new PageNotFoundException("年份应在" + FIRST_YEAR + "至" + current + "之间");
        }
        return year;
    }

    private List<Integer> years() {
        int current = LegalTime.today(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = current; y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }
}
