package disclosure.query.report;

import disclosure.statute.appeal.ResultClass;
import disclosure.statute.intake.ApplicantCategory;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * 年度报告表格生成器: tables 三 and 四 of any year as a pure function of the application facts, with the
 * checks of STATUTE.md §3 and, for every cell, the applications (or appeals) it counts.
 * An {@code agency} of null means all agencies summed (全市汇总). Applications whose
 * {@code ApplicationReceived} was never seen are left out: they have neither agency nor column.
 */
public final class AnnualTables {
    private static final int COLUMN_COUNT = Table3.COLUMNS.size();

    private final List<ApplicationFacts> facts;

    public AnnualTables(Collection<ApplicationFacts> facts) {
        this.facts = facts.stream().filter(ApplicationFacts::registered).toList();
    }

    /** The tables of an event stream: folds it (ignoring redelivered events) and generates from the result. */
    public static AnnualTables of(Iterable<RecordedEvent> events) {
        FactsLedger ledger = new FactsLedger();
        ledger.applyAll(events);
        return ledger.tables();
    }

    /** The agencies that have at least one registered application, in pinyin order, for the per-agency reports. */
    public List<String> agencies() {
        return facts.stream().map(ApplicationFacts::agency).distinct()
                .sorted(Collator.getInstance(Locale.CHINA)).toList();
    }

    public AnnualReport report(int year, String agency) {
        Table3 table3 = table3(year, agency);
        return new AnnualReport(year, agency, table3, table4(year, agency),
                TableChecks.run(this, table3, year, agency));
    }

    /**
     * Every row of table 三 in one pass over the applications, so that a report of a large year is one query's work.
     * Of the 21 leaf rows only the one of the application's own outcome can count it, so only that one is asked.
     */
    public Table3 table3(int year, String agency) {
        List<Table3Row> rows = Table3Row.ALL;
        Map<Table3Row, int[]> counts = new HashMap<>();
        rows.forEach(row -> counts.put(row, new int[COLUMN_COUNT]));
        List<Table3Row> otherRows = rows.stream().filter(row -> row.outcome() == null).toList();
        ofAgency(agency).forEach(f -> {
            for (Table3Row row : otherRows) {
                if (row.counts(f, year)) {
                    count(counts.get(row), f);
                }
            }
            Table3Row leaf = f.outcome() == null ? null : Table3Row.leafOf(f.outcome());
            if (leaf != null && leaf.counts(f, year)) {
                count(counts.get(leaf), f);
            }
        });
        Map<String, List<Integer>> table = new LinkedHashMap<>();
        rows.forEach(row -> table.put(row.key(), IntStream.of(counts.get(row)).boxed().toList()));
        return Table3.of(table);
    }

    /** The three groups of table 四 in one pass over the applications and their appeals. */
    public Table4 table4(int year, String agency) {
        int[][] counts = new int[AppealTrack.values().length][Table4.COLUMNS.size()];
        ofAgency(agency).forEach(f -> {
            for (AppealFacts appeal : f.appeals()) {
                int column = columnOf(appeal, year);
                if (column >= 0) {
                    counts[appeal.track().ordinal()][column]++;
                }
            }
        });
        return new Table4(
                groupCounts(counts[AppealTrack.RECONSIDERATION.ordinal()]),
                groupCounts(counts[AppealTrack.LITIGATION_DIRECT.ordinal()]),
                groupCounts(counts[AppealTrack.LITIGATION_AFTER_RECONSIDERATION.ordinal()]));
    }

    /**
     * The applications counted in one cell of table 三: {@code rowKey} as in {@link Table3Row#ALL},
     * {@code column} 0–5 for the applicant columns, {@link Table3#TOTAL_COLUMN} for 总计.
     */
    public List<ApplicationRef> applicationsIn(int year, String agency, String rowKey, int column) {
        Table3Row row = Table3Row.of(rowKey);
        Objects.checkIndex(column, COLUMN_COUNT);
        return ofAgency(agency)
                .filter(f -> row.counts(f, year) && inColumn(f, column))
                .map(ApplicationFacts::ref)
                .sorted(Comparator.comparing(ApplicationRef::applicationId))
                .toList();
    }

    /** The appeals counted in one cell of table 四: {@code column} 0–4 as in {@link Table4#COLUMNS}. */
    public List<AppealRef> appealsIn(int year, String agency, AppealTrack track, int column) {
        Objects.checkIndex(column, Table4.COLUMNS.size());
        return ofAgency(agency)
                .flatMap(f -> f.appeals().stream()
                        .filter(a -> a.track() == track)
                        .filter(a -> column == Table4.TOTAL_COLUMN
                                ? columnOf(a, year) >= 0 : columnOf(a, year) == column)
                        .map(a -> new AppealRef(f.ref(), a.appealId())))
                .sorted(Comparator.comparing((AppealRef a) -> a.application().applicationId())
                        .thenComparing(AppealRef::appealId))
                .toList();
    }

    /**
     * One row of table 三. The 总计 column counts every application of the row on its own, not the sum of
     * the six columns, so that an application without a category shows up as a failed check.
     */
    List<Integer> rowCounts(Table3Row row, int year, String agency) {
        int[] counts = new int[COLUMN_COUNT];
        ofAgency(agency).filter(f -> row.counts(f, year)).forEach(f -> count(counts, f));
        return IntStream.of(counts).boxed().toList();
    }

    private static void count(int[] row, ApplicationFacts facts) {
        if (facts.category() != null) {
            row[Table3.columnOf(facts.category())]++;
        }
        row[Table3.TOTAL_COLUMN]++;
    }

    /** A group's result and pending columns, and their 总计. */
    private static List<Integer> groupCounts(int[] counts) {
        counts[Table4.TOTAL_COLUMN] = IntStream.range(0, Table4.TOTAL_COLUMN).map(i -> counts[i]).sum();
        return IntStream.of(counts).boxed().toList();
    }

    /** The column of table 四 an appeal counts in for {@code year}, or -1 if it does not count that year. */
    private static int columnOf(AppealFacts appeal, int year) {
        if (appeal.decidedIn(year)) {
            return resultColumn(appeal.result());
        }
        return appeal.pendingAtEndOf(year) ? Table4.PENDING_COLUMN : -1;
    }

    private static int resultColumn(ResultClass result) {
        return switch (result) {
            case UPHELD -> 0;
            case CORRECTED -> 1;
            case OTHER -> 2;
        };
    }

    private static boolean inColumn(ApplicationFacts facts, int column) {
        return column == Table3.TOTAL_COLUMN || facts.category() == ApplicantCategory.values()[column];
    }

    private Stream<ApplicationFacts> ofAgency(String agency) {
        return agency == null ? facts.stream() : facts.stream().filter(f -> agency.equals(f.agency()));
    }
}
