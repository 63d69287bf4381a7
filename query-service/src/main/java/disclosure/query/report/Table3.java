package disclosure.query.report;

import disclosure.statute.intake.ApplicantCategory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 表三 收到和处理政府信息公开申请情况: 7 counts per row (the six applicant columns, then 总计), rows keyed and
 * ordered as {@link Table3Row#ALL}.
 */
public record Table3(List<String> columns, Map<String, List<Integer>> rows) {
    /** The six applicant columns in {@link ApplicantCategory} order, then 总计. */
    public static final List<String> COLUMNS = columnLabels();
    public static final int TOTAL_COLUMN = 6;

    public Table3 {
        columns = List.copyOf(columns);
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        rows.forEach((key, counts) -> copy.put(key, List.copyOf(counts)));
        rows = Collections.unmodifiableMap(copy);
    }

    static Table3 of(Map<String, List<Integer>> rows) {
        return new Table3(COLUMNS, rows);
    }

    public List<Integer> row(String rowKey) {
        List<Integer> row = rows.get(rowKey);
        if (row == null) {
            throw new IllegalArgumentException("表三没有行 “" + rowKey + "” / no such row of table 三");
        }
        return row;
    }

    public int cell(String rowKey, int column) {
        return row(rowKey).get(column);
    }

    /** The column index of an applicant category (the enum is declared in the table's order). */
    public static int columnOf(ApplicantCategory category) {
        return category.ordinal();
    }

    private static List<String> columnLabels() {
        List<String> labels = new ArrayList<>(Arrays.stream(ApplicantCategory.values())
                .map(ApplicantCategory::label).toList());
        labels.add("总计");
        return List.copyOf(labels);
    }
}
