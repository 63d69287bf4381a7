package disclosure.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's result: one Markdown table of figures, their ratio to the JDBC baseline, targets and verdicts. */
final class Figures {
    private record Row(String figure, String value, String ratio, String target, String verdict) {}

    private final List<Row> rows = new ArrayList<>();

    void add(String figure, String value, String ratio) {
        rows.add(new Row(figure, value, ratio, "", ""));
    }

    void add(String figure, String value, String ratio, String target, String verdict) {
        rows.add(new Row(figure, value, ratio, target, verdict));
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    void print(PrintStream out, String machine) {
        out.println();
        out.println("Machine: " + machine);
        out.println();
        String[] header = {"figure", "value", "ratio to the JDBC baseline", "target", "verdict"};
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = width(header[i]);
        }
        for (Row row : rows) {
            String[] cells = cells(row);
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], width(cells[i]));
            }
        }
        printLine(out, header, widths);
        StringBuilder rule = new StringBuilder("|");
        for (int width : widths) {
            rule.append("-".repeat(width + 2)).append('|');
        }
        out.println(rule);
        for (Row row : rows) {
            printLine(out, cells(row), widths);
        }
        out.println();
    }

    private static String[] cells(Row row) {
        return new String[]{row.figure(), row.value(), row.ratio(), row.target(), row.verdict()};
    }

    private static void printLine(PrintStream out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            line.append(' ').append(cells[i]).append(" ".repeat(widths[i] - width(cells[i]))).append(" |");
        }
        out.println(line);
    }

    /** Columns on a terminal: a CJK character takes two. */
    private static int width(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    }
}
