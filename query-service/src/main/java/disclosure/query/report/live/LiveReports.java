package disclosure.query.report.live;

import disclosure.query.position.ReadPosition;
import disclosure.query.report.AnnualTables;
import disclosure.query.report.FactsLedger;
import disclosure.query.report.RecordedEvent;
import disclosure.query.stream.StoredEvents;
import disclosure.query.stream.StoredEvents.StoredEvent;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The annual tables as the event log stands now. The facts are folded in memory from the query side's copy of the
 * log, following the read position (every event up to it is present, whichever instance applied it), and the
 * tables are recomputed only when new events have been applied.
 */
@Component
public class LiveReports {
    private static final int PAGE = 10_000;

    private final StoredEvents events;
    private final ReadPosition readPosition;
    private final FactsLedger ledger = new FactsLedger();
    private long appliedUpTo;
    private AnnualTables snapshot;

    public LiveReports(StoredEvents events, ReadPosition readPosition) {
        this.events = events;
        this.readPosition = readPosition;
    }

    /** The tables over every event up to the read position, and that position. */
    public record Tables(AnnualTables tables, long position) {}

    public synchronized Tables current() {
        long upTo = readPosition.current();
        while (appliedUpTo < upTo) {
            List<StoredEvent> page = events.between(appliedUpTo, upTo, PAGE);
            for (StoredEvent stored : page) {
                stored.event().ifPresent(event -> ledger.apply(new RecordedEvent(stored.position(), stored.eventId(),
                        event)));
                snapshot = null;
            }
            appliedUpTo = page.size() < PAGE ? upTo : page.get(page.size() - 1).position();
        }
        if (snapshot == null) {
            snapshot = ledger.tables();
        }
        return new Tables(snapshot, appliedUpTo);
    }
}
