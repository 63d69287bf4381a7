package disclosure.query.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 申请台账: the per-application facts folded from the event stream. Redelivery is harmless: an event id seen
 * before, or a position at or below the last one applied for the same application, changes nothing — so a
 * consumer may replay from any offset. Not thread-safe: one consumer feeds it in stream order.
 */
public final class FactsLedger {
    private final Map<String, ApplicationFacts> facts;
    private final Map<String, Long> lastPosition;
    private final Set<String> seenEventIds;

    public FactsLedger() {
        this(new LinkedHashMap<>(), new HashMap<>(), new HashSet<>());
    }

    private FactsLedger(Map<String, ApplicationFacts> facts, Map<String, Long> lastPosition,
                        Set<String> seenEventIds) {
        this.facts = facts;
        this.lastPosition = lastPosition;
        this.seenEventIds = seenEventIds;
    }

    /** A ledger with the same facts that goes on from here on its own (the facts themselves are immutable). */
    public FactsLedger copy() {
        return new FactsLedger(new LinkedHashMap<>(facts), new HashMap<>(lastPosition), new HashSet<>(seenEventIds));
    }

    /** Applies the event unless it is a duplicate or older than what was applied; returns whether it was applied. */
    public boolean apply(RecordedEvent recorded) {
        String applicationId = recorded.event().applicationId();
        Long last = lastPosition.get(applicationId);
        if (seenEventIds.contains(recorded.eventId()) || (last != null && recorded.position() <= last)) {
            return false;
        }
        seenEventIds.add(recorded.eventId());
        lastPosition.put(applicationId, recorded.position());
        facts.put(applicationId,
                facts.getOrDefault(applicationId, ApplicationFacts.unknown(applicationId)).apply(recorded.event()));
        return true;
    }

    public void applyAll(Iterable<RecordedEvent> events) {
        events.forEach(this::apply);
    }

    /** All applications seen so far, in the order they first appeared. */
    public Collection<ApplicationFacts> facts() {
        return List.copyOf(facts.values());
    }

    public Optional<ApplicationFacts> facts(String applicationId) {
        return Optional.ofNullable(facts.get(applicationId));
    }

    /** The table generator over a snapshot of the facts: later events do not change it. */
    public AnnualTables tables() {
        return new AnnualTables(facts());
    }
}
