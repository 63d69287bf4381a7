package disclosure.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.statute.LegalTime;
import disclosure.web.backend.BackendException;
import disclosure.web.backend.QueryApi;
import disclosure.web.security.CurrentStaff;
import disclosure.web.staff.StaffDirectory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 年度报告 (条例 Art 49–50): the whole report of a year — the six parts with tables 二, 三 and 四 exactly as the
 * published HTML export prints them — now or as it stood on a chosen day (as published), its checks (failed ones
 * at the top), every figure a link to its provenance (the applications, documents or monthly figures in it and the
 * events that put them there), downloads in every export format, the stored snapshots with their restatements,
 * and, for the 统计员, the editable prose and numbered drafts. Agency staff see their agency; a 全市 统计员 chooses
 * an agency or the 全市汇总.
 */
@Controller
public class ReportPage {
    static final int FIRST_YEAR = 2019;
    static final Set<String> FORMATS = Set.of("docx", "xlsx", "md", "html");
    private static final Pattern FIGURE_CELL = Pattern.compile("<td data-source=\"([A-Za-z0-9_.:]+)\">([^<]*)</td>");
    private static final Pattern CELL = Pattern.compile("[A-Za-z0-9_.:]{1,80}");
    private static final Pattern BODY = Pattern.compile("(?s)<body>(.*)</body>");

    private final QueryApi queries;
    private final StaffDirectory directory;
    private final Clock clock;

    public ReportPage(QueryApi queries, StaffDirectory directory, Clock clock) {
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
    }

    /** The report shown: which year, agency (null: 全市汇总) and day ({@code asOf} null: as the log stands now). */
    record Shown(int year, String agency, LocalDate asOf) {
        String query() {
            return UriComponentsBuilder.newInstance().queryParam("year", year)
                    .queryParamIfPresent("agency", java.util.Optional.ofNullable(agency))
                    .queryParamIfPresent("asOf", java.util.Optional.ofNullable(asOf)).encode().build().getQuery();
        }
    }

    @GetMapping("/reports")
    String report(@RequestParam(required = false) Integer year, @RequestParam(required = false) String agency,
                  @RequestParam(required = false) String asOf, @RequestParam(required = false) Long minPosition,
                  Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_REPORTS);
        Shown shown = new Shown(validYear(year), scope(staff, agency), asOf(asOf));
        JsonNode report = queries.fullReport(shown.year(), shown.agency(), shown.asOf(), minPosition);
        // the tables shown are those of the very report above: pinned to its position (or its day), never a newer
        // count that arrived between the two requests
        QueryApi.Download html = shown.asOf() == null
                ? queries.exportAt(shown.year(), shown.agency(), report.path("basis").path("position").asLong(), "html")
                : queries.export(shown.year(), shown.agency(), shown.asOf(), "html", null);
        String published = new String(html.body(), StandardCharsets.UTF_8);
        model.addAttribute("report", report);
        model.addAttribute("published", withProvenanceLinks(body(published), shown));
        model.addAttribute("shown", shown);
        model.addAttribute("query", shown.query());
        model.addAttribute("year", shown.year());
        model.addAttribute("agency", shown.agency());
        model.addAttribute("asOf", shown.asOf());
        model.addAttribute("paragraphs", paragraphs(report));
        List<String> figures = new ArrayList<>();
        report.path("figures").forEach(figure -> figures.add("{{" + figure.path("name").asText() + "}}"));
        model.addAttribute("figureNames", String.join("、", figures));
        model.addAttribute("snapshots", queries.snapshots(shown.year(), shown.agency()));
        model.addAttribute("agencies", staff.citywide() ? directory.agencies() : List.of());
        model.addAttribute("years", years());
        model.addAttribute("mayCompile", staff.may(StaffAction.COMPILE_REPORT));
        return "report";
    }

    /** 溯源: one figure of the report drilled down to what it counts and the events behind each. */
    @GetMapping("/reports/provenance")
    String provenance(@RequestParam int year, @RequestParam(required = false) String agency,
                      @RequestParam String cell, @RequestParam(required = false) String asOf, Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_REPORTS);
        if (!CELL.matcher(cell).matches()) {
            throw new PageNotFoundException("报告中没有单元格“" + cell + "”");
        }
        Shown shown = new Shown(validYear(year), scope(staff, agency), asOf(asOf));
        model.addAttribute("trace", queries.provenance(shown.year(), shown.agency(), cell, shown.asOf(), null));
        model.addAttribute("shown", shown);
        model.addAttribute("query", shown.query());
        model.addAttribute("linksToCases", cell.startsWith("table3") || cell.startsWith("table4")
                || cell.startsWith("fees") || cell.startsWith("applications"));
        return "report-provenance";
    }

    /** 导出: the report as the service renders it, fetched with this user's token and passed on as a download. */
    @GetMapping("/reports/export/{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam int year,
                                  @RequestParam(required = false) String agency,
                                  @RequestParam(required = false) String asOf) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_REPORTS);
        checkFormat(format);
        Shown shown = new Shown(validYear(year), scope(staff, agency), asOf(asOf));
        return download(queries.export(shown.year(), shown.agency(), shown.asOf(), format, null));
    }

    /** A stored snapshot (year close or draft) exactly as stored, and what changed in it since (更正说明). */
    @GetMapping("/reports/snapshots/{number}")
    String snapshot(@PathVariable long number, Model model) {
        JsonNode snapshot = visibleSnapshot(number);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("number", number);
        model.addAttribute("published", body(new String(queries.snapshotExport(number, "html").body(),
                StandardCharsets.UTF_8)));
        model.addAttribute("restatement", queries.restatement(number));
        return "report-snapshot";
    }

    @GetMapping("/reports/snapshots/{number}/export/{format}")
    ResponseEntity<byte[]> snapshotExport(@PathVariable long number, @PathVariable String format) {
        checkFormat(format);
        visibleSnapshot(number);
        return download(queries.snapshotExport(number, format));
    }

    /** 保存草稿: a numbered, immutable snapshot of the report as it stands now. */
    @PostMapping("/reports/drafts")
    String saveDraft(@RequestParam int year, @RequestParam(required = false) String agency,
                     RedirectAttributes redirect) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.COMPILE_REPORT);
        Shown shown = new Shown(validYear(year), scope(staff, agency), null);
        JsonNode draft = queries.saveDraft(shown.year(), shown.agency(), null);
        redirect.addFlashAttribute("message", "已保存草稿（第" + draft.path("number").asText() + "号快照）");
        return "redirect:/reports?" + shown.query();
    }

    /** 编辑报告文字: replaces one paragraph's template; an unknown figure is refused in the service's words. */
    @PostMapping("/reports/text")
    String editText(@RequestParam int year, @RequestParam(required = false) String agency,
                    @RequestParam String paragraph, @RequestParam(required = false) String template,
                    RedirectAttributes redirect) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.COMPILE_REPORT);
        Shown shown = new Shown(validYear(year), scope(staff, agency), null);
        if (template == null || template.isBlank()) {
            redirect.addFlashAttribute("error", "段落“" + paragraph + "”未保存：文字不能为空");
        } else if (template.length() > 10_000) {
            redirect.addFlashAttribute("error", "段落“" + paragraph + "”未保存：文字不能超过10000字");
        } else {
            try {
                queries.editText(shown.year(), shown.agency(), paragraph, template.strip());
                redirect.addFlashAttribute("message", "已保存段落“" + paragraph + "”");
            } catch (BackendException e) {
                redirect.addFlashAttribute("error", "段落“" + paragraph + "”未保存：" + e.getMessage());
            }
        }
        return "redirect:/reports?" + shown.query();
    }

    private static void checkFormat(String format) {
        if (!FORMATS.contains(format)) {
            throw new PageNotFoundException("不支持的导出格式“" + format + "”（可用：docx、xlsx、md、html）");
        }
    }

    /** A snapshot this user may see: their agency's, or any for a 全市 user. */
    private JsonNode visibleSnapshot(long number) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_REPORTS);
        JsonNode snapshot = queries.snapshot(number);
        String agency = snapshot.hasNonNull("agency") ? snapshot.get("agency").asText() : null;
        if (!staff.citywide() && !staff.agency().equals(agency)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "您只能查看本机关（" + staff.agency() + "）的年度报告");
        }
        return snapshot;
    }

    private static ResponseEntity<byte[]> download(QueryApi.Download file) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()));
        if (file.contentDisposition() != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition());
        }
        return response.body(file.body());
    }

    /** The paragraphs staff may rewrite, with their current template and the figures they may name. */
    private static List<JsonNode> paragraphs(JsonNode report) {
        List<JsonNode> paragraphs = new ArrayList<>();
        report.path("parts").forEach(part -> part.path("paragraphs").forEach(paragraphs::add));
        return paragraphs;
    }

    /** The body of the service's HTML export: the report as published, to be shown inside this page. */
    private static String body(String html) {
        Matcher body = BODY.matcher(html);
        return body.find() ? body.group(1) : "";
    }

    /** Every figure of the published tables becomes a link to its provenance page. */
    private static String withProvenanceLinks(String html, Shown shown) {
        String base = "/reports/provenance?" + shown.query() + "&cell=";
        return FIGURE_CELL.matcher(html).replaceAll(cell -> Matcher.quoteReplacement("<td data-source=\""
                + cell.group(1) + "\"><a href=\"" + HtmlUtils.htmlEscape(base + cell.group(1)) + "\">"
                + cell.group(2) + "</a></td>"));
    }

    /** Agency staff always get their own agency, whatever the URL says; 全市 users the one they chose, or all. */
    static String scope(StaffIdentity staff, String agency) {
        if (!staff.citywide()) {
            return staff.agency();
        }
        return agency == null || agency.isBlank() ? null : agency;
    }

    /** 查看日期: the report as it stood at the end of that day; none, or today, is the report now. */
    private LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(asOf.strip());
            LocalDate today = LegalTime.today(clock);
            if (day.isAfter(today)) {
                throw new BadInputException("查看日期" + day + "晚于今天（" + today + "）");
            }
            return day.equals(today) ? null : day;
        } catch (DateTimeParseException e) {
            throw new BadInputException("查看日期“" + asOf.strip() + "”不是有效日期（应为 YYYY-MM-DD）");
        }
    }

    int validYear(Integer year) {
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
