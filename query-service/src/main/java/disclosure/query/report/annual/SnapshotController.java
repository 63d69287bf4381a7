package disclosure.query.report.annual;

import io.swagger.v3.oas.annotations.Parameter;
import disclosure.access.service.Requires;
import disclosure.access.service.AgencyScope;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffAction;
import disclosure.query.report.full.FullReport;
import disclosure.query.report.full.ReportJson;
import disclosure.query.report.full.ReportProblem;
import disclosure.query.report.full.ReportTexts;
import disclosure.query.report.yearclose.AnnualReports;
import disclosure.query.report.yearclose.Snapshot;
import disclosure.query.report.yearclose.SnapshotStore;
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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * 报告快照: the numbered, immutable reports — sealed at year close or saved as drafts — their content exactly as
 * stored, their exports, and a verification that regenerating them at their position gives the same bytes.
 */
@RestController
@Validated
@RequestMapping("/api/reports/snapshots")
public class SnapshotController {
    private final SnapshotStore snapshots;
    private final AnnualReports reports;

    public SnapshotController(SnapshotStore snapshots, AnnualReports reports) {
        this.snapshots = snapshots;
        this.reports = reports;
    }

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(produces = "application/json")
    public List<Snapshot> list(@Parameter(hidden = true) StaffIdentity staff,
                               @RequestParam(required = false) @Min(2019) @Max(2100) Integer year,
                               @RequestParam(name = "agency", required = false) String requestedAgency,
                               @RequestParam(defaultValue = "false") boolean all) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        if (all) {
            AgencyScope.require(staff, null);
        }
        return snapshots.list(year, all ? null : ReportTexts.scope(agency));
    }

    /** The report exactly as stored: the same bytes every time. */
    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(path = "/{number}", produces = "application/json")
    public ResponseEntity<byte[]> content(@Parameter(hidden = true) StaffIdentity staff,
                                          @PathVariable long number) {
        Snapshot snapshot = find(staff, number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("X-Snapshot-Kind", snapshot.kind().name())
                .header("X-Content-SHA256", snapshot.contentHash())
                .body(snapshot.content().getBytes(StandardCharsets.UTF_8));
    }

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(path = "/{number}/export/{format}")
    public ResponseEntity<byte[]> export(@Parameter(hidden = true) StaffIdentity staff,
                                         @PathVariable long number, @PathVariable String format) {
        Snapshot snapshot = find(staff, number);
        return Exports.export(ReportJson.read(snapshot.content()), format,
                snapshot.year() + "-年度报告-" + snapshot.number());
    }

    /**
     * @param identical whether the regenerated report has the very bytes stored
     * @param tablesIdentical whether tables 二, 三, 四, the fees and the checks are identical
     */
    public record Verification(long number, long position, String eventsHash, String regeneratedEventsHash,
                               String contentHash, String regeneratedContentHash, boolean identical,
                               boolean tablesIdentical) {}

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(path = "/{number}/verify", produces = "application/json")
    public Verification verify(@Parameter(hidden = true) StaffIdentity staff,
                               @PathVariable long number) {
        Snapshot snapshot = find(staff, number);
        FullReport stored = ReportJson.read(snapshot.content());
        FullReport regenerated = reports.regenerate(snapshot);
        byte[] bytes = ReportJson.bytes(regenerated);
        return new Verification(number, snapshot.position(), snapshot.eventsHash(),
                regenerated.basis().eventsHash(), snapshot.contentHash(), ReportJson.sha256(bytes),
                Arrays.equals(bytes, snapshot.content().getBytes(StandardCharsets.UTF_8)),
                Arrays.equals(ReportJson.tables(stored), ReportJson.tables(regenerated)));
    }

    /** The snapshot, if this user may see its agency (or the 全市汇总, for 全市 users). */
    static Snapshot visible(StaffIdentity staff, Snapshot snapshot) {
        AgencyScope.require(staff, snapshot.agency());
        return snapshot;
    }

    private Snapshot find(StaffIdentity staff, long number) {
        return visible(staff, snapshots.find(number).orElseThrow(() -> ReportProblem.snapshotNotFound(number)));
    }
}
