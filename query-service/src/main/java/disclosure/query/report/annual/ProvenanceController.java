package disclosure.query.report.annual;

import io.swagger.v3.oas.annotations.Parameter;
import disclosure.access.service.Requires;
import disclosure.access.service.AgencyScope;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffAction;
import disclosure.query.position.ReadYourWrites;
import disclosure.query.report.full.ReportLedger;
import disclosure.query.report.full.ReportProblem;
import disclosure.query.report.provenance.Provenance;
import disclosure.query.report.provenance.Restatements;
import disclosure.query.report.yearclose.AnnualReports;
import disclosure.query.report.yearclose.SnapshotStore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * 溯源与更正: any cell of the whole report drilled down to its applications (or documents, figures, appeals) and
 * their events with the rule applied; and, for a sealed report, every cell that changed since with the corrections
 * behind it.
 */
@RestController
@Validated
public class ProvenanceController {
    private final AnnualReports reports;
    private final Provenance provenance;
    private final Restatements restatements;
    private final SnapshotStore snapshots;
    private final ReadYourWrites readYourWrites;

    public ProvenanceController(AnnualReports reports, Provenance provenance, Restatements restatements,
                                SnapshotStore snapshots, ReadYourWrites readYourWrites) {
        this.reports = reports;
        this.provenance = provenance;
        this.restatements = restatements;
        this.snapshots = snapshots;
        this.readYourWrites = readYourWrites;
    }

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(path = "/api/reports/{year}/provenance", produces = "application/json")
    public Provenance.Trace cell(@Parameter(hidden = true) StaffIdentity staff,
                                 @PathVariable @Min(2019) @Max(2100) int year,
                                 @RequestParam String cell,
                                 @RequestParam(name = "agency", required = false) String requestedAgency,
                                 @RequestParam(required = false) String asOf,
                                 @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        readYourWrites.awaitPosition(minPosition);
        Instant instant = asOf == null ? null : AnnualReportController.instant(asOf);
        ReportLedger ledger = reports.ledger(instant);
        return provenance.trace(ledger, ledger.position(), year, agency, cell);
    }

    @Requires(StaffAction.VIEW_REPORTS)
    @GetMapping(path = "/api/reports/snapshots/{number}/restatement", produces = "application/json")
    public Restatements.Restatement restatement(@Parameter(hidden = true) StaffIdentity staff,
                                                @PathVariable long number,
                                                @RequestParam(required = false) String asOf) {
        return restatements.since(SnapshotController.visible(staff,
                        snapshots.find(number).orElseThrow(() -> ReportProblem.snapshotNotFound(number))),
                asOf == null ? null : AnnualReportController.instant(asOf));
    }
}
