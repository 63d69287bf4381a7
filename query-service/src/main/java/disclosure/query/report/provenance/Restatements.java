package disclosure.query.report.provenance;

import disclosure.query.report.TableGrid;
import disclosure.query.report.full.FullReport;
import disclosure.query.report.full.ReportJson;
import disclosure.query.report.full.ReportLedger;
import disclosure.query.report.provenance.CellMembers.Member;
import disclosure.query.report.provenance.Provenance.EventRef;
import disclosure.query.report.provenance.Provenance.Item;
import disclosure.query.report.yearclose.AnnualReports;
import disclosure.query.report.yearclose.Snapshot;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 更正报告: every cell of a published (sealed) report whose figure differs today — or at a later instant — with
 * what entered and left the cell and the events recorded after publication that moved it (corrections, late
 * entries).
 */
@Component
public class Restatements {
    private final AnnualReports reports;
    private final Provenance provenance;

    public Restatements(AnnualReports reports, Provenance provenance) {
        this.reports = reports;
        this.provenance = provenance;
    }

    /**
     * @param added       counted now, not at publication
     * @param removed     counted at publication, not now
     * @param corrections the events recorded after publication on what the cell counts then or now
     */
    public record ChangedCell(String cell, String label, String published, String now, List<Item> added,
                              List<Item> removed, List<EventRef> corrections) {}

    public record Restatement(long snapshot, int year, String agency, long publishedPosition, Instant publishedAsOf,
                              long currentPosition, Instant currentAsOf, List<ChangedCell> changes) {}

    public Restatement since(Snapshot snapshot, Instant asOf) {
        FullReport published = ReportJson.read(snapshot.content());
        ReportLedger before = reports.ledgerOf(snapshot);
        ReportLedger after = reports.ledger(asOf);
        FullReport current = asOf == null ? reports.now(snapshot.year(), snapshot.agency())
                : reports.asOf(snapshot.year(), snapshot.agency(), asOf);
        Map<String, String> was = figures(published);
        Map<String, String> is = figures(current);
        Instant publishedAsOf = published.basis().asOf();
        List<ChangedCell> changes = new ArrayList<>();
        for (Map.Entry<String, String> cell : was.entrySet()) {
            String now = is.get(cell.getKey());
            if (now == null || now.equals(cell.getValue())) {
                continue;
            }
            CellMembers.Cell parsed = CellMembers.parse(cell.getKey());
            List<Member> then = CellMembers.members(before, snapshot.year(), snapshot.agency(), cell.getKey());
            List<Member> today = CellMembers.members(after, snapshot.year(), snapshot.agency(), cell.getKey());
            Set<Member> all = new LinkedHashSet<>(then);
            all.addAll(today);
            List<Item> involved = provenance.items(all, parsed.relevant(), stored ->
                    stored.position() > snapshot.position()
                            || (publishedAsOf != null && stored.recordedAt().isAfter(publishedAsOf)));
            List<EventRef> corrections = involved.stream().flatMap(item -> item.events().stream()).distinct()
                    .sorted(Comparator.comparingLong(EventRef::position)).toList();
            changes.add(new ChangedCell(cell.getKey(), parsed.label(), cell.getValue(), now,
                    itemsOf(today, then, involved), itemsOf(then, today, involved), corrections));
        }
        return new Restatement(snapshot.number(), snapshot.year(), snapshot.agency(), snapshot.position(),
                publishedAsOf, current.basis().position(), asOf, changes);
    }

    private static List<Item> itemsOf(List<Member> in, List<Member> notIn, List<Item> involved) {
        Set<String> excluded = new LinkedHashSet<>(notIn.stream().map(Member::streamId).toList());
        Set<String> wanted = new LinkedHashSet<>(in.stream().map(Member::streamId).toList());
        wanted.removeAll(excluded);
        return involved.stream().filter(item -> wanted.contains(item.id())).toList();
    }

    /** Every figure of the report by its cell name: the three tables and the fees collected. */
    private static Map<String, String> figures(FullReport report) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (TableGrid grid : List.of(TableGrid.table2(report.table2()), TableGrid.table3(report.table3()),
                TableGrid.table4(report.table4()))) {
            grid.cells().stream().filter(TableGrid.Cell::number).forEach(c -> figures.put(c.source(), c.text()));
        }
        figures.put("fees:collected", report.fees().collectedYuan());
        return figures;
    }
}
