package disclosure.query.report.annual;

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

    @GetMapping(path = "/api/reports/{year}/provenance", produces = "application/json")
    public Provenance.Trace cell(@PathVariable @Min(2019) @Max(2100) int year,
                                 @RequestParam String cell,
                                 @RequestParam(required = false) String agency,
                                 @RequestParam(required = false) String asOf,
                                 @RequestParam(required = false) Long minPosition) {
        readYourWrites.awaitPosition(minPosition);
        Instant instant = asOf == null ? null : AnnualReportController.instant(asOf);
        ReportLedger ledger = reports.ledger(instant);
        return provenance.trace(ledger, ledger.position(), year, agency, cell);
    }

    @GetMapping(path = "/api/reports/snapshots/{number}/restatement", produces = "application/json")
    public Restatements.Restatement restatement(@PathVariable long number,
                                                @RequestParam(required = false) String asOf) {
        return restatements.since(snapshots.find(number).orElseThrow(() -> ReportProblem.snapshotNotFound(number)),
                asOf == null ? null : AnnualReportController.instant(asOf));
    }
}
