package disclosure.query.report.yearclose;

import disclosure.query.report.RecordedEvent;
import disclosure.query.report.full.ReportLedger;
import disclosure.query.stream.StoredEvents;
import disclosure.query.stream.StoredEvents.StoredEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The report's facts folded from the query side's copy of the log ({@code event_log}) as it stood at a position, or
 * at an instant: the events up to that position, or those recorded by that instant, in position order.
 */
@Component
public class LogFolds {
    private static final int PAGE = 10_000;

    private final StoredEvents events;

    public LogFolds(StoredEvents events) {
        this.events = events;
    }

    /** Every event with a position up to {@code position}. */
    public ReportLedger upTo(long position) {
        return fold(position, null);
    }

    /** Every event up to {@code position} recorded at or before {@code instant}. */
    public ReportLedger recordedBy(Instant instant, long position) {
        return fold(position, instant);
    }

    private ReportLedger fold(long upTo, Instant recordedBy) {
        ReportLedger ledger = new ReportLedger();
        long after = 0;
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
        return ledger;
    }
}
