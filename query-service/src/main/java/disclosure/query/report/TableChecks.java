package disclosure.query.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 勾稽关系校验 (STATUTE.md §3): the consistency rules every generated table 三 must satisfy. A failing check
 * names each cell that breaks the rule and the applications whose counting makes it break.
 */
final class TableChecks {
    static final String BALANCE = "一+二=三（七）+四（各列）";
    static final String LEAF_SUM = "三（七）=21项办理结果之和（各列）";
    static final String COLUMN_SUM = "总计列=六类申请人之和（各行）";
    static final String NEXT_YEAR = "本年四=下年二（各列）";

    /** Enough to find the cases; the full list is one {@link AnnualTables#applicationsIn} call away. */
    private static final int LISTED_APPLICATIONS = 20;
    private static final int TOTAL = Table3.TOTAL_COLUMN;

    private final AnnualTables tables;
    private final Table3 table;
    private final int year;
    private final String agency;

    private TableChecks(AnnualTables tables, Table3 table, int year, String agency) {
        this.tables = tables;
        this.table = table;
        this.year = year;
        this.agency = agency;
    }

    static List<Check> run(AnnualTables tables, Table3 table, int year, String agency) {
        TableChecks checks = new TableChecks(tables, table, year, agency);
        return List.of(checks.balance(), checks.leafSum(), checks.columnSum(), checks.nextYear());
    }

    /** 一 + 二 = 三（七） + 四, printed in the table itself [LAW]. */
    private Check balance() {
        List<String> failures = new ArrayList<>();
        for (int column = 0; column <= TOTAL; column++) {
            int in = table.cell(Table3Row.NEW, column) + table.cell(Table3Row.CARRIED_OVER, column);
            int out = table.cell(Table3Row.TOTAL, column) + table.cell(Table3Row.CARRIED_FORWARD, column);
            if (in != out) {
                failures.add("「%s」列：「%s」%d +「%s」%d = %d，而「%s」%d +「%s」%d = %d，不相等；%s".formatted(
                        columnLabel(column),
                        rowLabel(Table3Row.NEW), table.cell(Table3Row.NEW, column),
                        rowLabel(Table3Row.CARRIED_OVER), table.cell(Table3Row.CARRIED_OVER, column), in,
                        rowLabel(Table3Row.TOTAL), table.cell(Table3Row.TOTAL, column),
                        rowLabel(Table3Row.CARRIED_FORWARD), table.cell(Table3Row.CARRIED_FORWARD, column), out,
                        involved(unbalanced(
                                List.of(members(Table3Row.NEW, column), members(Table3Row.CARRIED_OVER, column)),
                                List.of(members(Table3Row.TOTAL, column),
                                        members(Table3Row.CARRIED_FORWARD, column))))));
            }
        }
        return result(BALANCE, failures, "7列均满足：一+二=三（七）+四");
    }

    /** 三（七） = the sum of the 21 leaf rows [PRACTICE]: breaks for a closed application without an outcome. */
    private Check leafSum() {
        List<String> failures = new ArrayList<>();
        for (int column = 0; column <= TOTAL; column++) {
            int total = table.cell(Table3Row.TOTAL, column);
            int leafColumn = column;
            int leaves = Table3Row.leaves().stream().mapToInt(r -> table.cell(r.key(), leafColumn)).sum();
            if (total != leaves) {
                failures.add("「%s」行「%s」列为 %d，而21项办理结果之和为 %d；%s".formatted(
                        rowLabel(Table3Row.TOTAL), columnLabel(column), total, leaves,
                        involved(unbalanced(List.of(members(Table3Row.TOTAL, column)),
                                Table3Row.leaves().stream().map(r -> members(r.key(), leafColumn)).toList()))));
            }
        }
        return result(LEAF_SUM, failures, "各列三（七）均等于21项办理结果之和");
    }

    /** 总计 = the six applicant columns [PRACTICE]: breaks for an application without a category. */
    private Check columnSum() {
        List<String> failures = new ArrayList<>();
        for (Table3Row row : Table3Row.ALL) {
            int total = table.cell(row.key(), TOTAL);
            int sum = IntStream.range(0, TOTAL).map(c -> table.cell(row.key(), c)).sum();
            if (total != sum) {
                failures.add("「%s」行「总计」列为 %d，而六类申请人之和为 %d；%s".formatted(
                        row.label(), total, sum,
                        involved(unbalanced(List.of(members(row.key(), TOTAL)),
                                IntStream.range(0, TOTAL).mapToObj(c -> members(row.key(), c)).toList()))));
            }
        }
        return result(COLUMN_SUM, failures, "各行总计均等于六类申请人之和");
    }

    /** 四 of this year = 二 of the next, each computed from its own definition [PRACTICE]. */
    private Check nextYear() {
        List<String> failures = new ArrayList<>();
        Table3Row carriedOver = Table3Row.of(Table3Row.CARRIED_OVER);
        List<Integer> nextCarriedOver = tables.rowCounts(carriedOver, year + 1, agency);
        for (int column = 0; column <= TOTAL; column++) {
            int forward = table.cell(Table3Row.CARRIED_FORWARD, column);
            if (forward != nextCarriedOver.get(column)) {
                failures.add("「%s」列：%d年「%s」为 %d，而%d年「%s」为 %d；%s".formatted(
                        columnLabel(column), year, Table3Row.CARRIED_FORWARD_LABEL, forward,
                        year + 1, Table3Row.CARRIED_OVER_LABEL, nextCarriedOver.get(column),
                        involved(unbalanced(List.of(members(Table3Row.CARRIED_FORWARD, column)),
                                List.of(tables.applicationsIn(year + 1, agency, Table3Row.CARRIED_OVER, column))))));
            }
        }
        return result(NEXT_YEAR, failures, "各列" + year + "年四均等于" + (year + 1) + "年二");
    }

    private List<ApplicationRef> members(String rowKey, int column) {
        return tables.applicationsIn(year, agency, rowKey, column);
    }

    /**
     * The applications behind a discrepancy: those counted a different number of times on the two sides.
     * A consistent application is counted equally often on both (e.g. once in 一 and once in 三（七）).
     */
    private static List<ApplicationRef> unbalanced(List<List<ApplicationRef>> plus, List<List<ApplicationRef>> minus) {
        Map<ApplicationRef, Integer> net = new LinkedHashMap<>();
        plus.forEach(cell -> cell.forEach(a -> net.merge(a, 1, Integer::sum)));
        minus.forEach(cell -> cell.forEach(a -> net.merge(a, -1, Integer::sum)));
        return net.entrySet().stream().filter(e -> e.getValue() != 0).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(ApplicationRef::applicationId)).toList();
    }

    private static String involved(List<ApplicationRef> applications) {
        if (applications.isEmpty()) {
            return "无可指认的申请";
        }
        String listed = applications.stream().limit(LISTED_APPLICATIONS).map(ApplicationRef::describe)
                .collect(Collectors.joining("、"));
        return applications.size() > LISTED_APPLICATIONS
                ? "涉及申请：" + listed + " 等共 " + applications.size() + " 件"
                : "涉及申请：" + listed;
    }

    private static Check result(String name, List<String> failures, String passedDetail) {
        return failures.isEmpty()
                ? new Check(name, true, passedDetail)
                : new Check(name, false, String.join("\n", failures));
    }

    private static String rowLabel(String rowKey) {
        return Table3Row.of(rowKey).label();
    }

    private static String columnLabel(int column) {
        return Table3.COLUMNS.get(column);
    }
}
