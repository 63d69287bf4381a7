package disclosure.query.report.annual;

import io.swagger.v3.oas.annotations.Parameter;
import disclosure.access.service.Requires;
import disclosure.access.service.AgencyScope;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffAction;
import disclosure.query.position.ReadYourWrites;
import disclosure.query.report.full.FullReport;
import disclosure.query.report.full.Prose;
import disclosure.query.report.full.ReportProblem;
import disclosure.query.report.full.ReportTexts;
import disclosure.query.report.yearclose.AnnualReports;
import disclosure.query.report.yearclose.Snapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import disclosure.statute.LegalTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.List;

/**
 * 政府信息公开工作年度报告: the whole report of a year for one agency (no {@code agency}: 全市汇总) — as the log
 * stands now, as it stood at a {@code position}, or as it stood at an instant ({@code asOf}, e.g. the day it was
 * published) — its exports, numbered drafts, and the staff's text of parts 一, 五 and 六.
 */
@RestController
@Validated
@RequestMapping("/api/reports/{year}")
public class AnnualReportController {

    private final AnnualReports reports;
    private final ReportTexts texts;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    public AnnualReportController(AnnualReports reports, ReportTexts texts, ReadYourWrites readYourWrites,
                                  Clock clock) {
        this.reports = reports;
        this.texts = texts;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(path = "/full", produces = "application/json")
    public FullReport full(@Parameter(hidden = true) StaffIdentity staff,
                           @PathVariable @Min(2019) @Max(2100) int year,
                           @RequestParam(name = "agency", required = false) String requestedAgency,
                           @RequestParam(required = false) @Min(0) Long position,
                           @RequestParam(required = false) String asOf,
                           @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        readYourWrites.awaitPosition(minPosition);
        return report(year, agency, position, asOf);
    }

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(path = "/full/export/{format}")
    public ResponseEntity<byte[]> export(@Parameter(hidden = true) StaffIdentity staff,
                                         @PathVariable @Min(2019) @Max(2100) int year,
                                         @PathVariable String format,
                                         @RequestParam(name = "agency", required = false) String requestedAgency,
                                         @RequestParam(required = false) @Min(0) Long position,
                                         @RequestParam(required = false) String asOf,
                                         @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        readYourWrites.awaitPosition(minPosition);
        return Exports.export(report(year, agency, position, asOf), format, year + "-年度报告-草稿");
    }

    @Requires(StaffAction.COMPILE_REPORT)
    @PostMapping(path = "/drafts", produces = "application/json")
    public ResponseEntity<Snapshot> draft(@Parameter(hidden = true) StaffIdentity staff,
                                          @PathVariable @Min(2019) @Max(2100) int year,
                                          @RequestParam(name = "agency", required = false) String requestedAgency,
                                          @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        readYourWrites.awaitPosition(minPosition);
        return ResponseEntity.status(HttpStatus.CREATED).body(reports.saveDraft(year, agency, staff.userId()));
    }

    /** A paragraph's template: figures as {@code {{本年新收}}}; the names are listed in the problem if one is unknown. */
    public record TextBody(@NotNull @Size(max = 10_000) String template) {}

    @Requires(StaffAction.COMPILE_REPORT)
    @PutMapping(path = "/text/{key}", consumes = "application/json", produces = "application/json")
    public FullReport.Paragraph editText(@Parameter(hidden = true) StaffIdentity staff,
                                         @PathVariable @Min(2019) @Max(2100) int year,
                                         @PathVariable String key,
                                         @RequestParam(name = "agency", required = false) String requestedAgency,
                                         @RequestBody @Valid TextBody body) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        if (!Prose.KEYS.contains(key)) {
            throw new ReportProblem(HttpStatus.NOT_FOUND, "UNKNOWN_PARAGRAPH", "没有这一段报告文字",
                    "段落 “" + key + "” 不存在，可编辑的段落：" + String.join("、", Prose.KEYS),
                    "No such paragraph", "no paragraph " + key + "; editable: " + String.join(", ", Prose.KEYS));
        }
        FullReport current = reports.now(year, agency);
        List<String> names = current.figures().stream().map(FullReport.Figure::name).toList();
        List<String> unknown = Prose.unknownFigures(body.template(), names);
        if (!unknown.isEmpty()) {
            throw new ReportProblem(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_FIGURE", "模板引用了报告中没有的数字",
                    "未知的数字：" + String.join("、", unknown) + "；可引用：" + String.join("、", names),
                    "The template refers to figures the report does not have",
                    "unknown figures: " + String.join(", ", unknown));
        }
        texts.save(year, agency, key, body.template(), staff.userId(), clock.instant());
        return reports.now(year, agency).parts().stream().flatMap(part -> part.paragraphs().stream())
                .filter(paragraph -> paragraph.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("paragraph " + key + " not rendered"));
    }

    /**
     * {@code asOf} is an instant ({@code 2025-01-20T10:00:00Z}) or a date ({@code 2025-01-20}: the end of that day,
     * Beijing time).
     */
    static Instant instant(String asOf) {
        try {
            return asOf.length() == 10 ? LegalTime.startOf(LocalDate.parse(asOf).plusDays(1), 0) : Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new ReportProblem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", "参数取值无效",
                    "asOf 应为日期（2025-01-20）或时刻（2025-01-20T10:00:00Z），而不是 “" + asOf + "”",
                    "Invalid parameter value", "asOf must be a date or an ISO instant, not " + asOf);
        }
    }

    private FullReport report(int year, String agency, Long position, String asOf) {
        if (position != null && asOf != null) {
            throw new ReportProblem(HttpStatus.BAD_REQUEST, "CONFLICTING_PARAMETERS", "position 与 asOf 只能给出一个",
                    "请按事件位置（position）或按时间（asOf）查询，不能同时给出", "Give position or asOf, not both",
                    "position and asOf are mutually exclusive");
        }
        if (position != null) {
            return reports.atPosition(year, agency, position, null);
        }
        return asOf != null ? reports.asOf(year, agency, instant(asOf)) : reports.now(year, agency);
    }
}
