package disclosure.query.report.live;

import disclosure.query.position.ReadPosition;
import disclosure.query.report.AnnualReport;
import disclosure.query.report.AnnualTables;
import disclosure.query.report.FactsLedger;
import disclosure.query.report.RecordedEvent;
import disclosure.query.stream.StoredEvents;
import disclosure.query.stream.StoredEvents.StoredEvent;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The annual tables as the event log stands now. The facts are folded in memory from the query side's copy of the
 * log, following the read position (every event up to it is present, whichever instance applied it), and the
 * tables are recomputed only when new events have been applied. A year's report, once computed, is kept with the
 * tables it came from until the next event arrives: asking again for an unchanged year costs nothing.
 */
@Component
public class LiveReports {
    private static final int PAGE = 10_000;

    private final StoredEvents events;
    private final ReadPosition readPosition;
    private final FactsLedger ledger = new FactsLedger();
    private long appliedUpTo;
    private Tables snapshot;

    public LiveReports(StoredEvents events, ReadPosition readPosition) {
        this.events = events;
        this.readPosition = readPosition;
    }

    /** Reports kept per snapshot at most; beyond it (e.g. many misspelt agency names) they are computed each time. */
    private static final int KEPT_REPORTS = 256;

    /** The tables over every event up to the read position, that position, and the reports computed from them. */
    public record Tables(AnnualTables tables, long position, Map<ReportKey, AnnualReport> computed) {
        Tables(AnnualTables tables, long position) {
            this(tables, position, new ConcurrentHashMap<>());
        }

        /** The report of a year (and agency, or null for all), computed once per snapshot. */
        public AnnualReport report(int year, String agency) {
            ReportKey key = new ReportKey(year, agency);
            AnnualReport kept = computed.get(key);
            if (kept != null) {
                return kept;
            }
            AnnualReport report = tables.report(year, agency);
            if (computed.size() < KEPT_REPORTS) {
                computed.putIfAbsent(key, report);
            }
            return report;
        }
    }

    record ReportKey(int year, String agency) {}

    public synchronized Tables current() {
        long upTo = readPosition.current();
        while (appliedUpTo < upTo) {
            List<StoredEvent> page = events.between(appliedUpTo, upTo, PAGE);
            for (StoredEvent stored : page) {
                stored.event().ifPresent(event -> ledger.apply(new RecordedEvent(stored.position(), stored.eventId(),
                        event)));
            }
            appliedUpTo = page.size() < PAGE ? upTo : page.get(page.size() - 1).position();
        }
        if (snapshot == null || snapshot.position() != appliedUpTo) {
            snapshot = new Tables(ledger.tables(), appliedUpTo);
        }
        return snapshot;
    }
}
