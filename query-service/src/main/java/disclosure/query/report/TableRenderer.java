package disclosure.query.report;

import disclosure.statute.outcome.Outcome;
import disclosure.statute.outcome.OutcomeGroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 表格排版: tables 三 and 四 in the layout of the national format (国办公开办函〔2021〕30号) as Markdown and as
 * HTML. Markdown cannot merge cells, so a merged cell is written once and its other positions stay empty;
 * HTML uses rowspan/colspan like the official table.
 */
public final class TableRenderer {
    public static final String TABLE3_TITLE = "三、收到和处理政府信息公开申请情况";
    public static final String TABLE4_TITLE = "四、政府信息公开行政复议、行政诉讼情况";
    public static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final String APPLICANTS = "申请人情况";
    static final String ORGANISATIONS = "法人或其他组织";
    static final String LITIGATION = "行政诉讼";

    /** The label columns on the left of table 三: level (一…四), group (（一）…（七）), numbered sub-row. */
    private static final int LABEL_COLUMNS = 3;
    private static final int ORGANISATION_COLUMNS = 5;

    private TableRenderer() {
    }

    public static String markdown(AnnualReport report) {
        return TABLE3_TITLE + "\n\n" + table3Markdown(report.table3()) + "\n"
                + TABLE4_TITLE + "\n\n" + table4Markdown(report.table4());
    }

    public static String html(AnnualReport report) {
        String caption = escape((report.agency() == null ? "全市汇总" : report.agency()) + " " + report.year() + "年度");
        return "<section class=\"annual-tables\">\n"
                + "<h2>" + TABLE3_TITLE + "</h2>\n" + table3Html(report.table3(), caption)
                + "<h2>" + TABLE4_TITLE + "</h2>\n" + table4Html(report.table4(), caption)
                + "</section>\n";
    }

    static String table3Markdown(Table3 table) {
        List<String> applicantLabels = Table3.COLUMNS.subList(1, Table3.TOTAL_COLUMN);
        StringBuilder md = new StringBuilder();
        md.append(mdRow(concat(List.of(BALANCE_NOTE, "", "", APPLICANTS), blanks(Table3.TOTAL_COLUMN - 1),
                List.of("总计"))));
        md.append(mdRow(concat(Collections.nCopies(LABEL_COLUMNS, "---"), Collections.nCopies(Table3.COLUMNS.size(), "---:"))));
        md.append(mdRow(concat(blanks(LABEL_COLUMNS), List.of(Table3.COLUMNS.get(0), ORGANISATIONS),
                blanks(ORGANISATION_COLUMNS))));
        md.append(mdRow(concat(blanks(LABEL_COLUMNS + 1), applicantLabels, blanks(1))));
        for (Table3Row row : Table3Row.ALL) {
            md.append(mdRow(concat(labelCells(row), numbers(table.row(row.key())))));
        }
        return md.toString();
    }

    static String table4Markdown(Table4 table) {
        int groupWidth = Table4.COLUMNS.size();
        StringBuilder md = new StringBuilder();
        md.append(mdRow(concat(List.of(AppealTrack.RECONSIDERATION.label()), blanks(groupWidth - 1),
                List.of(LITIGATION), blanks(2 * groupWidth - 1))));
        md.append(mdRow(Collections.nCopies(3 * groupWidth, "---:")));
        md.append(mdRow(concat(Table4.COLUMNS,
                List.of(AppealTrack.LITIGATION_DIRECT.label()), blanks(groupWidth - 1),
                List.of(AppealTrack.LITIGATION_AFTER_RECONSIDERATION.label()), blanks(groupWidth - 1))));
        md.append(mdRow(concat(blanks(groupWidth), Table4.COLUMNS, Table4.COLUMNS)));
        md.append(mdRow(concat(numbers(table.reconsideration()), numbers(table.litigationDirect()),
                numbers(table.litigationAfterReconsideration()))));
        return md.toString();
    }

    static String table3Html(Table3 table, String escapedCaption) {
        StringBuilder html = new StringBuilder("<table class=\"table3\">\n");
        html.append("<caption>").append(escapedCaption).append("</caption>\n<thead>\n");
        html.append("<tr><th colspan=\"3\" rowspan=\"3\">").append(BALANCE_NOTE).append("</th>")
                .append("<th colspan=\"").append(Table3.TOTAL_COLUMN).append("\">").append(APPLICANTS).append("</th>")
                .append("<th rowspan=\"3\">总计</th></tr>\n");
        html.append("<tr><th rowspan=\"2\">").append(escape(Table3.COLUMNS.get(0))).append("</th>")
                .append("<th colspan=\"").append(ORGANISATION_COLUMNS).append("\">").append(ORGANISATIONS)
                .append("</th></tr>\n<tr>");
        Table3.COLUMNS.subList(1, Table3.TOTAL_COLUMN).forEach(c -> html.append(th(c)));
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (Table3Row row : Table3Row.ALL) {
            html.append("<tr>").append(labelHtml(row));
            table.row(row.key()).forEach(n -> html.append("<td>").append(n).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    static String table4Html(Table4 table, String escapedCaption) {
        int groupWidth = Table4.COLUMNS.size();
        StringBuilder html = new StringBuilder("<table class=\"table4\">\n");
        html.append("<caption>").append(escapedCaption).append("</caption>\n<thead>\n");
        html.append("<tr><th colspan=\"").append(groupWidth).append("\">")
                .append(AppealTrack.RECONSIDERATION.label()).append("</th>")
                .append("<th colspan=\"").append(2 * groupWidth).append("\">").append(LITIGATION).append("</th></tr>\n");
        html.append("<tr>");
        Table4.COLUMNS.forEach(c -> html.append("<th rowspan=\"2\">").append(escape(c)).append("</th>"));
        for (AppealTrack track : List.of(AppealTrack.LITIGATION_DIRECT, AppealTrack.LITIGATION_AFTER_RECONSIDERATION)) {
            html.append("<th colspan=\"").append(groupWidth).append("\">").append(track.label()).append("</th>");
        }
        html.append("</tr>\n<tr>");
        concat(Table4.COLUMNS, Table4.COLUMNS).forEach(c -> html.append(th(c)));
        html.append("</tr>\n</thead>\n<tbody>\n<tr>");
        for (AppealTrack track : AppealTrack.values()) {
            table.group(track).forEach(n -> html.append("<td>").append(n).append("</td>"));
        }
        return html.append("</tr>\n</tbody>\n</table>\n").toString();
    }

    /** The three label cells of a row of table 三 in Markdown: a label is written where its merged cell starts. */
    private static List<String> labelCells(Table3Row row) {
        Outcome outcome = row.outcome();
        if (outcome == null) {
            return switch (row.key()) {
                case Table3Row.NEW -> List.of(Table3Row.NEW_LABEL, "", "");
                case Table3Row.CARRIED_OVER -> List.of(Table3Row.CARRIED_OVER_LABEL, "", "");
                case Table3Row.TOTAL -> List.of("", Table3Row.TOTAL_LABEL, "");
                default -> List.of(Table3Row.CARRIED_FORWARD_LABEL, "", "");
            };
        }
        String level = outcome.ordinal() == 0 ? Table3Row.RESULTS_LABEL : "";
        if (!Table3Row.hasSubRows(outcome.group())) {
            return List.of(level, Table3Row.singleRowLabel(outcome), "");
        }
        return List.of(level, firstOfGroup(outcome) ? outcome.group().label() : "", Table3Row.subRowLabel(outcome));
    }

    private static String labelHtml(Table3Row row) {
        Outcome outcome = row.outcome();
        if (outcome == null) {
            return switch (row.key()) {
                case Table3Row.NEW -> "<th colspan=\"3\">" + Table3Row.NEW_LABEL + "</th>";
                case Table3Row.CARRIED_OVER -> "<th colspan=\"3\">" + Table3Row.CARRIED_OVER_LABEL + "</th>";
                case Table3Row.TOTAL -> "<th colspan=\"2\">" + Table3Row.TOTAL_LABEL + "</th>";
                default -> "<th colspan=\"3\">" + Table3Row.CARRIED_FORWARD_LABEL + "</th>";
            };
        }
        StringBuilder html = new StringBuilder();
        if (outcome.ordinal() == 0) {
            // 三、本年度办理结果 spans the 21 leaf rows and （七）总计.
            html.append("<th rowspan=\"").append(Table3Row.leaves().size() + 1).append("\">")
                    .append(Table3Row.RESULTS_LABEL).append("</th>");
        }
        if (!Table3Row.hasSubRows(outcome.group())) {
            return html.append("<th colspan=\"2\">").append(escape(Table3Row.singleRowLabel(outcome))).append("</th>")
                    .toString();
        }
        if (firstOfGroup(outcome)) {
            html.append("<th rowspan=\"").append(groupSize(outcome.group())).append("\">")
                    .append(escape(outcome.group().label())).append("</th>");
        }
        return html.append(th(Table3Row.subRowLabel(outcome))).toString();
    }

    static boolean firstOfGroup(Outcome outcome) {
        return outcome.ordinal() == 0 || Outcome.values()[outcome.ordinal() - 1].group() != outcome.group();
    }

    static long groupSize(OutcomeGroup group) {
        return Arrays.stream(Outcome.values()).filter(o -> o.group() == group).count();
    }

    private static String th(String text) {
        return "<th>" + escape(text) + "</th>";
    }

    private static String mdRow(List<String> cells) {
        return cells.stream().map(c -> c.isEmpty() ? " " : " " + c + " ")
                .collect(Collectors.joining("|", "|", "|\n"));
    }

    private static List<String> numbers(List<Integer> counts) {
        return counts.stream().map(String::valueOf).toList();
    }

    private static List<String> blanks(int count) {
        return Collections.nCopies(count, "");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escapeHtml(String text) {
        return escape(text);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
