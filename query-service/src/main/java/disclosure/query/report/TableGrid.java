package disclosure.query.report;

import disclosure.contract.proactive.DocumentKind;
import disclosure.contract.proactive.TallyItem;
import disclosure.query.report.proactive.Table2;
import disclosure.statute.outcome.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * 表格版式: tables 二, 三 and 四 laid out as in the national format (国办公开办函〔2021〕30号), as a grid of cells with
 * their row and column spans — the one layout the Word, Excel and HTML exports draw, so their merged header cells
 * are the same everywhere.
 *
 * @param cells every cell that starts a (possibly merged) area, in row-major order
 */
public record TableGrid(String name, int rows, int columns, List<Cell> cells) {

    /**
     * A cell. {@code number} is set for a figure of the table (its {@code text} is the figure as printed); the
     * {@code source} names the cell as the provenance API does ({@code table3:new:6}).
     */
    public record Cell(int row, int column, int rowSpan, int columnSpan, String text, boolean number, String source) {
        static Cell label(int row, int column, int rowSpan, int columnSpan, String text) {
            return new Cell(row, column, rowSpan, columnSpan, text, false, null);
        }

        static Cell figure(int row, int column, int columnSpan, String text, String source) {
            return new Cell(row, column, 1, columnSpan, text, true, source);
        }
    }

    public static TableGrid table2(Table2 table) {
        List<Cell> cells = new ArrayList<>();
        int row = 0;
        cells.add(Cell.label(row++, 0, 1, 4, "第二十条第（一）项"));
        cells.add(Cell.label(row, 0, 1, 1, "信息内容"));
        for (int c = 0; c < Table2.DOCUMENT_COLUMNS.size(); c++) {
            cells.add(Cell.label(row, c + 1, 1, 1, Table2.DOCUMENT_COLUMNS.get(c)));
        }
        row++;
        for (DocumentKind kind : DocumentKind.values()) {
            cells.add(Cell.label(row, 0, 1, 1, kind.label()));
            for (int c = 0; c < Table2.DOCUMENT_COLUMNS.size(); c++) {
                cells.add(Cell.figure(row, c + 1, 1, Integer.toString(table.documents(kind, c)),
                        "table2:" + kind.name() + ":" + c));
            }
            row++;
        }
        String provision = null;
        for (TallyItem item : TallyItem.values()) {
            if (!item.provision().equals(provision)) {
                provision = item.provision();
                cells.add(Cell.label(row++, 0, 1, 4, provision));
                cells.add(Cell.label(row, 0, 1, 1, "信息内容"));
                cells.add(Cell.label(row++, 1, 1, 3, item.isAmount() ? Table2.FEES_COLUMN : Table2.DECISIONS_COLUMN));
            }
            cells.add(Cell.label(row, 0, 1, 1, item.label()));
            cells.add(Cell.figure(row++, 1, 3, table.figure(item), "table2:" + item.name()));
        }
        return new TableGrid("table2", row, 4, cells);
    }

    public static TableGrid table3(Table3 table) {
        int labels = 3;
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.label(0, 0, 3, labels, TableRenderer.BALANCE_NOTE));
        cells.add(Cell.label(0, labels, 1, Table3.TOTAL_COLUMN, TableRenderer.APPLICANTS));
        cells.add(Cell.label(0, labels + Table3.TOTAL_COLUMN, 3, 1, Table3.COLUMNS.get(Table3.TOTAL_COLUMN)));
        cells.add(Cell.label(1, labels, 2, 1, Table3.COLUMNS.get(0)));
        cells.add(Cell.label(1, labels + 1, 1, Table3.TOTAL_COLUMN - 1, TableRenderer.ORGANISATIONS));
        for (int c = 1; c < Table3.TOTAL_COLUMN; c++) {
            cells.add(Cell.label(2, labels + c, 1, 1, Table3.COLUMNS.get(c)));
        }
        int row = 3;
        for (Table3Row tableRow : Table3Row.ALL) {
            labelCells(cells, row, tableRow);
            List<Integer> counts = table.row(tableRow.key());
            for (int c = 0; c < counts.size(); c++) {
                cells.add(Cell.figure(row, labels + c, 1, Integer.toString(counts.get(c)),
                        "table3:" + tableRow.key() + ":" + c));
            }
            row++;
        }
        return new TableGrid("table3", row, labels + Table3.COLUMNS.size(), cells);
    }

    public static TableGrid table4(Table4 table) {
        int width = Table4.COLUMNS.size();
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.label(0, 0, 1, width, AppealTrack.RECONSIDERATION.label()));
        cells.add(Cell.label(0, width, 1, 2 * width, TableRenderer.LITIGATION));
        for (int c = 0; c < width; c++) {
            cells.add(Cell.label(1, c, 2, 1, Table4.COLUMNS.get(c)));
        }
        cells.add(Cell.label(1, width, 1, width, AppealTrack.LITIGATION_DIRECT.label()));
        cells.add(Cell.label(1, 2 * width, 1, width, AppealTrack.LITIGATION_AFTER_RECONSIDERATION.label()));
        for (int c = 0; c < 2 * width; c++) {
            cells.add(Cell.label(2, width + c, 1, 1, Table4.COLUMNS.get(c % width)));
        }
        for (AppealTrack track : AppealTrack.values()) {
            List<Integer> counts = table.group(track);
            for (int c = 0; c < width; c++) {
                cells.add(Cell.figure(3, track.ordinal() * width + c, 1, Integer.toString(counts.get(c)),
                        "table4:" + track.name() + ":" + c));
            }
        }
        return new TableGrid("table4", 4, 3 * width, cells);
    }

    /** The label cells of a row of table 三, as {@link TableRenderer} draws them in HTML. */
    private static void labelCells(List<Cell> cells, int row, Table3Row tableRow) {
        Outcome outcome = tableRow.outcome();
        if (outcome == null) {
            switch (tableRow.key()) {
                case Table3Row.NEW -> cells.add(Cell.label(row, 0, 1, 3, Table3Row.NEW_LABEL));
                case Table3Row.CARRIED_OVER -> cells.add(Cell.label(row, 0, 1, 3, Table3Row.CARRIED_OVER_LABEL));
                case Table3Row.TOTAL -> cells.add(Cell.label(row, 1, 1, 2, Table3Row.TOTAL_LABEL));
                default -> cells.add(Cell.label(row, 0, 1, 3, Table3Row.CARRIED_FORWARD_LABEL));
            }
            return;
        }
        if (outcome.ordinal() == 0) {
            cells.add(Cell.label(row, 0, Table3Row.leaves().size() + 1, 1, Table3Row.RESULTS_LABEL));
        }
        if (!Table3Row.hasSubRows(outcome.group())) {
            cells.add(Cell.label(row, 1, 1, 2, Table3Row.singleRowLabel(outcome)));
            return;
        }
        if (TableRenderer.firstOfGroup(outcome)) {
            cells.add(Cell.label(row, 1, (int) TableRenderer.groupSize(outcome.group()), 1, outcome.group().label()));
        }
        cells.add(Cell.label(row, 2, 1, 1, Table3Row.subRowLabel(outcome)));
    }

    /** The cell starting at a position, or null where a merged cell covers it. */
    public Cell at(int row, int column) {
        return cells.stream().filter(c -> c.row() == row && c.column() == column).findFirst().orElse(null);
    }

    /** The cell starting at, or covering, a position. */
    public Cell covering(int row, int column) {
        return cells.stream().filter(c -> row >= c.row() && row < c.row() + c.rowSpan()
                && column >= c.column() && column < c.column() + c.columnSpan()).findFirst().orElse(null);
    }
}
