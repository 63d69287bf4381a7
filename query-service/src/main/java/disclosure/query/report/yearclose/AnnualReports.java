package disclosure.query.report.yearclose;

import disclosure.query.position.ReadPosition;
import disclosure.query.report.full.FullReport;
import disclosure.query.report.full.ReportGenerator;
import disclosure.query.report.full.ReportJson;
import disclosure.query.report.full.ReportLedger;
import disclosure.query.report.full.ReportTexts;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * 年度报告: the whole report of a year as the log stands now, as it stood at a position, or as it stood at an
 * instant; and numbered drafts of it. The checks across years compare with the previous year's report as sealed at
 * its year close.
 */
@Component
public class AnnualReports {
    private final LogFolds folds;
    private final ReadPosition readPosition;
    private final ReportTexts texts;
    private final SnapshotStore snapshots;
    private final Clock clock;
    /** The last report generated, with what it was generated from: the report page asks for it twice. */
    private volatile Generated last;

    public AnnualReports(LogFolds folds, ReadPosition readPosition, ReportTexts texts, SnapshotStore snapshots,
                         Clock clock) {
        this.folds = folds;
        this.readPosition = readPosition;
        this.texts = texts;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** As the log stands now (up to the read position). */
    public FullReport now(int year, String agency) {
        long position = readPosition.current();
        return generate(folds.upTo(position), position, null, year, agency, null);
    }

    /**
     * As the log stood at {@code position}, with the staff's text (and the sealed reports) as they stood at
     * {@code textAsOf} (null: now).
     * Positions beyond what is applied are refused.
     */
    public FullReport atPosition(int year, String agency, long position, Instant textAsOf) {
        long applied = readPosition.current();
        if (position > applied) {
            throw new IllegalArgumentException("位置 " + position + " 尚未同步到查询端（当前 " + applied + "）"
                    + " / position " + position + " is beyond the applied position " + applied);
        }
        return generate(folds.upTo(position), position, null, year, agency, textAsOf);
    }

    /** As the log stood at {@code instant}: the events recorded by then, and the staff's text of then. */
    public FullReport asOf(int year, String agency, Instant instant) {
        ReportLedger ledger = folds.recordedBy(instant, readPosition.current());
        return generate(ledger, ledger.position(), instant, year, agency, instant);
    }

    public Snapshot saveDraft(int year, String agency, String user) {
        Instant at = clock.instant();
        long position = readPosition.current();
        return snapshots.save(Snapshot.Kind.DRAFT, generate(folds.upTo(position), position, null, year, agency, at),
                at, user);
    }

    /**
     * Regenerates a snapshot from what sealed it: its position (and, for a year close, the midnight it was taken
     * at), with the text and sealed reports of the moment it was made.
     */
    public FullReport regenerate(Snapshot snapshot) {
        return generate(ledgerOf(snapshot), snapshot.position(), asOfOf(snapshot), snapshot.year(), snapshot.agency(),
                snapshot.generatedAt());
    }

    /** The facts a snapshot was computed from. */
    public ReportLedger ledgerOf(Snapshot snapshot) {
        Instant asOf = asOfOf(snapshot);
        return asOf == null ? folds.upTo(snapshot.position()) : folds.recordedBy(asOf, snapshot.position());
    }

    /** The facts as the log stands now, or as it stood at {@code asOf} (null: now). */
    public ReportLedger ledger(Instant asOf) {
        return asOf == null ? folds.upTo(readPosition.current()) : folds.recordedBy(asOf, readPosition.current());
    }

    private static Instant asOfOf(Snapshot snapshot) {
        return ReportJson.read(snapshot.content()).basis().asOf();
    }

    FullReport generate(ReportLedger ledger, long position, Instant asOf, int year, String agency,
                        Instant textAsOf) {
        Inputs inputs = new Inputs(ledger, position, asOf, year, agency, texts.asOf(year, agency, textAsOf),
                snapshots.yearClose(year - 1, agency, textAsOf).orElse(null));
        Generated kept = last;
        if (kept != null && kept.inputs().equals(inputs)) {
            return kept.report();
        }
        FullReport report = ReportGenerator.generate(ledger, position, asOf, year, agency, inputs.edits(),
                inputs.previousPublished());
        last = new Generated(inputs, report);
        return report;
    }

    /**
     * What a report is generated from: the same fold (the very ledger object: a kept fold never changes), the same
     * staff text and the same sealed report of the year before give the same report.
     */
    private record Inputs(ReportLedger ledger, long position, Instant asOf, int year, String agency,
                          ReportGenerator.Edits edits, FullReport previousPublished) {}

    private record Generated(Inputs inputs, FullReport report) {}
}
