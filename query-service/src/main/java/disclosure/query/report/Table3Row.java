package disclosure.query.report;

import disclosure.statute.outcome.Outcome;
import disclosure.statute.outcome.OutcomeGroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 表三的行: the 25 counted rows of table 三 in print order (STATUTE.md §3 counts 26 with the heading
 * 三、本年度办理结果, which has no numbers), each with its JSON key and the rule that puts an application in it.
 * Every row has its own definition, so the checks compare independent quantities and can catch facts that do
 * not add up.
 *
 * @param key     {@code new}, {@code carried_over}, an outcome code ({@code 1} … {@code 6.3}), {@code total},
 *                {@code carried_forward}
 * @param outcome the outcome of a leaf row of 三, null for the other rows
 */
public record Table3Row(String key, Outcome outcome) {
    public static final String NEW = "new";
    public static final String CARRIED_OVER = "carried_over";
    public static final String TOTAL = "total";
    public static final String CARRIED_FORWARD = "carried_forward";

    public static final String NEW_LABEL = "一、本年新收政府信息公开申请数量";
    public static final String CARRIED_OVER_LABEL = "二、上年结转政府信息公开申请数量";
    public static final String RESULTS_LABEL = "三、本年度办理结果";
    public static final String TOTAL_LABEL = "（七）总计";
    public static final String CARRIED_FORWARD_LABEL = "四、结转下年度继续办理";

    public static final List<Table3Row> ALL = rows();
    private static final Map<Outcome, Table3Row> LEAVES_BY_OUTCOME = ALL.stream().filter(row -> row.outcome != null)
            .collect(Collectors.toMap(Table3Row::outcome, row -> row, (a, b) -> a, () -> new EnumMap<>(Outcome.class)));

    public static Table3Row of(String key) {
        return ALL.stream().filter(r -> r.key.equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("表三没有行 “" + key + "” / no such row of table 三"));
    }

    /** The leaf row of 三、本年度办理结果 of an outcome. */
    public static Table3Row leafOf(Outcome outcome) {
        return LEAVES_BY_OUTCOME.get(outcome);
    }

    /** The 21 leaf rows of 三、本年度办理结果, whose sum is 三（七）. */
    public static List<Table3Row> leaves() {
        return ALL.stream().filter(r -> r.outcome != null).toList();
    }

    /** Whether {@code facts} is counted in this row of the table of {@code year} (any column). */
    public boolean counts(ApplicationFacts facts, int year) {
        return switch (key) {
            case NEW -> facts.receivedIn(year);
            case CARRIED_OVER -> facts.openAtStartOf(year);
            case TOTAL -> facts.closedIn(year);
            case CARRIED_FORWARD -> facts.openAtEndOf(year);
            default -> facts.closedIn(year) && facts.outcome() == outcome;
        };
    }

    /** The row's full label, as a reader names the cell: e.g. "三、本年度办理结果（三）不予公开 1.属于国家秘密". */
    public String label() {
        return switch (key) {
            case NEW -> NEW_LABEL;
            case CARRIED_OVER -> CARRIED_OVER_LABEL;
            case TOTAL -> RESULTS_LABEL + TOTAL_LABEL;
            case CARRIED_FORWARD -> CARRIED_FORWARD_LABEL;
            default -> RESULTS_LABEL + (hasSubRows(outcome.group())
                    ? outcome.group().label() + " " + subRowLabel(outcome)
                    : singleRowLabel(outcome));
        };
    }

    /** （一） and （二） are rows of their own; （三）…（六） are headings over numbered sub-rows. */
    static boolean hasSubRows(OutcomeGroup group) {
        return Arrays.stream(Outcome.values()).filter(o -> o.group() == group).count() > 1;
    }

    /** "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": the group's numeral and the outcome's full label. */
    static String singleRowLabel(Outcome outcome) {
        String groupLabel = outcome.group().label();
        return groupLabel.substring(0, groupLabel.indexOf('）') + 1) + outcome.label();
    }

    /** "1.属于国家秘密": the number after the dot of the code, then the label. */
    static String subRowLabel(Outcome outcome) {
        return outcome.code().substring(outcome.code().indexOf('.') + 1) + "." + outcome.label();
    }

    private static List<Table3Row> rows() {
        List<Table3Row> rows = new ArrayList<>();
        rows.add(new Table3Row(NEW, null));
        rows.add(new Table3Row(CARRIED_OVER, null));
        for (Outcome outcome : Outcome.values()) {
            rows.add(new Table3Row(outcome.code(), outcome));
        }
        rows.add(new Table3Row(TOTAL, null));
        rows.add(new Table3Row(CARRIED_FORWARD, null));
        return List.copyOf(rows);
    }
}
