package disclosure.query.report.proactive;

import disclosure.contract.proactive.DocumentIssued;
import disclosure.contract.proactive.DocumentKind;
import disclosure.contract.proactive.DocumentRepealed;
import disclosure.contract.proactive.ProactiveDisclosureEvent;
import disclosure.contract.proactive.TallyItem;
import disclosure.contract.proactive.TallyRecorded;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * 主动公开台账: documents and monthly figures folded from their events, and table 二 of any year as a pure function
 * of them (STATUTE.md §5). Not thread-safe: fed in stream order by one caller.
 */
public final class ProactiveLedger {
    private final Map<String, DocumentFacts> documents;
    private final Map<String, TallyFacts> tallies;

    public ProactiveLedger() {
        this(new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    private ProactiveLedger(Map<String, DocumentFacts> documents, Map<String, TallyFacts> tallies) {
        this.documents = documents;
        this.tallies = tallies;
    }

    /** A ledger with the same documents and figures that goes on from here on its own. */
    public ProactiveLedger copy() {
        return new ProactiveLedger(new LinkedHashMap<>(documents), new LinkedHashMap<>(tallies));
    }

    public void apply(ProactiveDisclosureEvent event) {
        if (event instanceof DocumentIssued e) {
            DocumentFacts known = documents.get(e.documentId());
            documents.put(e.documentId(), new DocumentFacts(e.documentId(), e.agency(), e.kind(), e.title(),
                    e.documentNumber(), e.issuedOn(), known == null ? null : known.repealedOn()));
        } else if (event instanceof DocumentRepealed e) {
            DocumentFacts known = documents.get(e.documentId());
            documents.put(e.documentId(), known == null
                    ? new DocumentFacts(e.documentId(), e.agency(), e.kind(), null, null, null, e.repealedOn())
                    : new DocumentFacts(known.documentId(), known.agency(), known.kind(), known.title(),
                    known.documentNumber(), known.issuedOn(), e.repealedOn()));
        } else if (event instanceof TallyRecorded e) {
            tallies.put(e.tallyId(), new TallyFacts(e.tallyId(), e.agency(), e.item(), e.month(), e.value()));
        }
    }

    /** The agencies with at least one document or figure. */
    public Stream<String> agencies() {
        return Stream.concat(documents.values().stream().map(DocumentFacts::agency),
                tallies.values().stream().map(TallyFacts::agency)).distinct();
    }

    public Table2 table2(int year, String agency) {
        Map<DocumentKind, List<Integer>> rows = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            rows.put(kind, List.of(documentsIn(year, agency, kind, Table2.ISSUED).size(),
                    documentsIn(year, agency, kind, Table2.REPEALED).size(),
                    documentsIn(year, agency, kind, Table2.IN_FORCE).size()));
        }
        return new Table2(rows, sum(year, agency, TallyItem.LICENSING).intValueExact(),
                sum(year, agency, TallyItem.PUNISHMENT).intValueExact(),
                sum(year, agency, TallyItem.COERCION).intValueExact(),
                tenThousands(sum(year, agency, TallyItem.ADMINISTRATIVE_FEES)));
    }

    /** The documents in one cell of the documents block: {@code column} as {@link Table2#DOCUMENT_COLUMNS}. */
    public List<DocumentFacts> documentsIn(int year, String agency, DocumentKind kind, int column) {
        return documents.values().stream()
                .filter(d -> d.kind() == kind && (agency == null || agency.equals(d.agency())))
                .filter(d -> switch (column) {
                    case Table2.ISSUED -> d.issuedIn(year);
                    case Table2.REPEALED -> d.repealedIn(year);
                    case Table2.IN_FORCE -> d.inForceAtEndOf(year);
                    default -> throw new IllegalArgumentException("表二文件栏没有第 " + column + " 列 / no such column");
                })
                .sorted(Comparator.comparing(DocumentFacts::documentId))
                .toList();
    }

    /** The monthly figures summed into one item of {@code year}. */
    public List<TallyFacts> talliesIn(int year, String agency, TallyItem item) {
        return tallies.values().stream()
                .filter(t -> t.item() == item && t.month().getYear() == year
                        && (agency == null || agency.equals(t.agency())))
                .sorted(Comparator.comparing(TallyFacts::month).thenComparing(TallyFacts::agency))
                .toList();
    }

    private BigDecimal sum(int year, String agency, TallyItem item) {
        return talliesIn(year, agency, item).stream().map(TallyFacts::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 元 → 万元, exact: 1234.56 元 is "0.123456". */
    public static String tenThousands(BigDecimal yuan) {
        BigDecimal value = yuan.movePointLeft(4).stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }
}
