package disclosure.query.report.yearclose;

import disclosure.query.report.RecordedEvent;
import disclosure.query.report.full.ReportLedger;
import disclosure.query.stream.StoredEvents;
import disclosure.query.stream.StoredEvents.StoredEvent;
import org.springframework.stereotype.Component;

import java.lang.ref.SoftReference;
import java.time.Instant;
import java.util.List;

/**
 * The report's facts folded from the query side's copy of the log ({@code event_log}) as it stood at a position, or
 * at an instant: the events up to that position, or those recorded by that instant, in position order.
 *
 * <p>The last fold up to a position is kept: a report at the same position (the 年度报告 page asks for the report and
 * then for its tables at the report's position) reuses it, and a report at a later position folds only the events
 * since, into a copy — a kept fold is never changed, so whoever still reads it reads what it was. It is kept softly:
 * when the heap runs short the collector may take it back, and the next fold starts from the beginning of the log.
 */
@Component
public class LogFolds {
    private static final int PAGE = 10_000;

    private final StoredEvents events;
    private SoftReference<Fold> kept = new SoftReference<>(null);

    private record Fold(long upTo, ReportLedger ledger) {}

    public LogFolds(StoredEvents events) {
        this.events = events;
    }

    /** Every event with a position up to {@code position}. Do not change what it returns: it may be shared. */
    public ReportLedger upTo(long position) {
        Fold last = kept();
        if (last != null && last.upTo() == position) {
            return last.ledger();
        }
        boolean goOn = last != null && last.upTo() < position;
        ReportLedger ledger = goOn ? last.ledger().copy() : new ReportLedger();
        fold(ledger, goOn ? last.upTo() : 0, position, null);
        keep(new Fold(position, ledger));
        return ledger;
    }

    /** Every event up to {@code position} recorded at or before {@code instant}. */
    public ReportLedger recordedBy(Instant instant, long position) {
        ReportLedger ledger = new ReportLedger();
        fold(ledger, 0, position, instant);
        return ledger;
    }

    private synchronized Fold kept() {
        return kept.get();
    }

    /** Keeps the fold unless one further on is already kept. */
    private synchronized void keep(Fold fold) {
        Fold last = kept.get();
        if (last == null || last.upTo() <= fold.upTo()) {
            kept = new SoftReference<>(fold);
        }
    }

    private void fold(ReportLedger ledger, long after, long upTo, Instant recordedBy) {
        while (after < upTo) {
            List<StoredEvent> page = events.between(after, upTo, PAGE);
            for (StoredEvent stored : page) {
                if (recordedBy == null || !stored.recordedAt().isAfter(recordedBy)) {
                    stored.event().ifPresent(event -> ledger.apply(new RecordedEvent(stored.position(),
                            stored.eventId(), event)));
                }
            }
            after = page.size() < PAGE ? upTo : page.get(page.size() - 1).position();
        }
    }
}
