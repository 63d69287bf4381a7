package disclosure.query.report.export;

import disclosure.query.report.Check;
import disclosure.query.report.TableGrid;
import disclosure.query.report.full.FullReport;


/** The whole report as Markdown: a merged cell is written where it starts, its other positions stay empty. */
public final class MarkdownExport {

    private MarkdownExport() {
    }

    public static String render(FullReport report) {
        StringBuilder md = new StringBuilder("# ").append(report.title()).append("\n\n");
        if (!report.checksPassed()) {
            md.append("> **").append(ReportLayout.FAILED_BANNER).append("**\n");
            for (Check check : ReportLayout.failedChecks(report)) {
                md.append(">\n> - ").append(check.name()).append("：").append(check.detail().replace("\n", "；"))
                        .append("\n");
            }
            md.append("\n");
        }
        for (FullReport.Part part : report.parts()) {
            md.append("## ").append(part.title()).append("\n\n");
            part.paragraphs().forEach(p -> md.append(p.text()).append("\n\n"));
            if (part.table() != null) {
                md.append(table(ReportLayout.grid(report, part.table()))).append("\n");
            }
        }
        md.append("---\n\n").append(ReportLayout.basisLine(report)).append("\n");
        return md.toString();
    }

    static String table(TableGrid grid) {
        StringBuilder md = new StringBuilder();
        for (int row = 0; row < grid.rows(); row++) {
            StringBuilder line = new StringBuilder("|");
            for (int column = 0; column < grid.columns(); column++) {
                TableGrid.Cell cell = grid.at(row, column);
                line.append(cell == null ? " " : " " + cell.text() + " ").append("|");
            }
            md.append(line).append("\n");
            if (row == 0) {
                md.append("|").append(" --- |".repeat(grid.columns())).append("\n");
            }
        }
        return md.toString();
    }
}
