package disclosure.query.report.provenance;

import disclosure.contract.ApplicationEvent;
import disclosure.query.report.full.ReportLedger;
import disclosure.query.report.provenance.CellMembers.Member;
import disclosure.query.stream.StoredEvents;
import disclosure.query.stream.StoredEvents.StoredEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * 溯源: a cell of the report drilled down to what it counts and, for each, the events that put it there (with who
 * recorded them and when), and the rule applied.
 */
@Component
public class Provenance {
    private final StoredEvents events;

    public Provenance(StoredEvents events) {
        this.events = events;
    }

    /** An event behind a cell. */
    public record EventRef(long position, String eventId, String type, Instant recordedAt, String by) {}

    /** One thing counted in the cell, and its events that matter to the cell. */
    public record Item(String id, String name, List<EventRef> events) {}

    public record Trace(String cell, String label, String rule, int count, long position, List<Item> items) {}

    public Trace trace(ReportLedger ledger, long position, int year, String agency, String source) {
        CellMembers.Cell cell = CellMembers.parse(source);
        List<Member> members = CellMembers.members(ledger, year, agency, source);
        return new Trace(source, cell.label(), cell.rule(), members.size(), position,
                items(members, cell.relevant(), event -> event.position() <= position));
    }

    /** The items with their relevant events that satisfy {@code which}. */
    List<Item> items(Collection<Member> members, Predicate<ApplicationEvent> relevant, Predicate<StoredEvent> which) {
        Map<String, List<StoredEvent>> histories = events.ofAll(members.stream().map(Member::streamId).toList());
        return members.stream().map(member -> new Item(member.streamId(), member.name(),
                histories.getOrDefault(member.streamId(), List.of()).stream()
                        .filter(which)
                        .filter(stored -> stored.event().filter(relevant).isPresent())
                        .map(stored -> new EventRef(stored.position(), stored.eventId(), stored.type(),
                                stored.recordedAt(), stored.event().map(ApplicationEvent::by).orElse(null)))
                        .toList()))
                .toList();
    }
}
