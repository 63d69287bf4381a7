package disclosure.query.report.live;

import io.swagger.v3.oas.annotations.Parameter;
import disclosure.access.service.Requires;
import disclosure.access.service.AgencyScope;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffAction;
import disclosure.query.position.ReadYourWrites;
import disclosure.query.report.AnnualReport;
import disclosure.query.report.AppealRef;
import disclosure.query.report.AppealTrack;
import disclosure.query.report.ApplicationRef;
import disclosure.query.report.Table3Row;
import disclosure.query.report.TableRenderer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * 年度报告表格: tables 三 and 四 of a year for one agency, or summed over all agencies (no {@code agency}: the
 * 全市汇总), as JSON, Markdown or HTML, with the checks, and every cell's applications (provenance). The
 * {@code X-Event-Position} header says which position of the log the figures reflect.
 */
@RestController
@Validated
@RequestMapping("/api/reports/{year}")
public class ReportController {
    static final String POSITION_HEADER = "X-Event-Position";

    private final LiveReports reports;
    private final ReadYourWrites readYourWrites;

    public ReportController(LiveReports reports, ReadYourWrites readYourWrites) {
        this.reports = reports;
        this.readYourWrites = readYourWrites;
    }

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(produces = "application/json")
    public ResponseEntity<AnnualReport> report(@Parameter(hidden = true) StaffIdentity staff,
                                               @PathVariable @Min(2019) @Max(2100) int year,
                                               @RequestParam(name = "agency", required = false) String requestedAgency,
                                               @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        LiveReports.Tables tables = current(minPosition);
        return ResponseEntity.ok().header(POSITION_HEADER, Long.toString(tables.position()))
                .body(tables.report(year, agency));
    }

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(path = "/markdown", produces = "text/markdown;charset=UTF-8")
    public ResponseEntity<String> markdown(@Parameter(hidden = true) StaffIdentity staff,
                                           @PathVariable @Min(2019) @Max(2100) int year,
                                           @RequestParam(name = "agency", required = false) String requestedAgency,
                                           @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        LiveReports.Tables tables = current(minPosition);
        return ResponseEntity.ok().header(POSITION_HEADER, Long.toString(tables.position()))
                .contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                .body(TableRenderer.markdown(tables.report(year, agency)));
    }

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(path = "/html", produces = "text/html;charset=UTF-8")
    public ResponseEntity<String> html(@Parameter(hidden = true) StaffIdentity staff,
                                       @PathVariable @Min(2019) @Max(2100) int year,
                                       @RequestParam(name = "agency", required = false) String requestedAgency,
                                       @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        LiveReports.Tables tables = current(minPosition);
        return ResponseEntity.ok().header(POSITION_HEADER, Long.toString(tables.position()))
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(TableRenderer.html(tables.report(year, agency)));
    }

    /** The applications counted in one cell of table 三: {@code row} is a row key, {@code column} 0–5 or 6 (总计). */
    public record Cell(int year, String agency, String row, int column, int count, List<ApplicationRef> applications) {}

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(path = "/table3/cell", produces = "application/json")
    public Cell table3Cell(@Parameter(hidden = true) StaffIdentity staff,
                           @PathVariable @Min(2019) @Max(2100) int year,
                          @RequestParam(name = "agency", required = false) String requestedAgency,
                          @RequestParam String row,
                          @RequestParam @Min(0) @Max(6) int column,
                          @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        if (Table3Row.ALL.stream().noneMatch(known -> known.key().equals(row))) {
            throw new IllegalArgumentException("没有行 “" + row + "”，可用的行：" + Table3Row.ALL.stream()
                    .map(Table3Row::key).toList() + " / unknown row");
        }
        List<ApplicationRef> applications = current(minPosition).tables().applicationsIn(year, agency, row, column);
        return new Cell(year, agency, row, column, applications.size(), applications);
    }

    /** The appeals counted in one cell of table 四: {@code group} and {@code column} 0–4. */
    public record AppealCell(int year, String agency, AppealTrack group, int column, int count, List<AppealRef> appeals) {}

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(path = "/table4/cell", produces = "application/json")
    public AppealCell table4Cell(@Parameter(hidden = true) StaffIdentity staff,
                                 @PathVariable @Min(2019) @Max(2100) int year,
                                 @RequestParam(name = "agency", required = false) String requestedAgency,
                                 @RequestParam AppealTrack group,
                                 @RequestParam @Min(0) @Max(4) int column,
                                 @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        List<AppealRef> appeals = current(minPosition).tables().appealsIn(year, agency, group, column);
        return new AppealCell(year, agency, group, column, appeals.size(), appeals);
    }

    private LiveReports.Tables current(Long minPosition) {
        readYourWrites.awaitPosition(minPosition);
        return reports.current();
    }
}
