package disclosure.query.report.export;

import disclosure.query.report.Check;
import disclosure.query.report.TableGrid;
import disclosure.query.report.TableRenderer;
import disclosure.query.report.full.FullReport;

/** The whole report as one HTML page; tables with rowspan/colspan as in the official format. */
public final class HtmlExport {

    private HtmlExport() {
    }

    public static String render(FullReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"UTF-8\">"
                + "<title>" + escape(report.title()) + "</title>\n<style>body{font-family:'FangSong','仿宋',serif;"
                + "max-width:60em;margin:auto}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #000;"
                + "padding:2px 6px;text-align:center}.failed{color:#b00;border:2px solid #b00;padding:0.5em}</style>"
                + "</head>\n<body>\n<h1>" + escape(report.title()) + "</h1>\n");
        if (!report.checksPassed()) {
            html.append("<div class=\"failed\"><strong>").append(escape(ReportLayout.FAILED_BANNER)).append("</strong><ul>");
            for (Check check : ReportLayout.failedChecks(report)) {
                html.append("<li>").append(escape(check.name())).append("：")
                        .append(escape(check.detail()).replace("\n", "<br>")).append("</li>");
            }
            html.append("</ul></div>\n");
        }
        for (FullReport.Part part : report.parts()) {
            html.append("<h2>").append(escape(part.title())).append("</h2>\n");
            part.paragraphs().forEach(p -> html.append("<p data-key=\"").append(escape(p.key())).append("\">")
                    .append(escape(p.text())).append("</p>\n"));
            if (part.table() != null) {
                html.append(table(ReportLayout.grid(report, part.table())));
            }
        }
        html.append("<footer><small>").append(escape(ReportLayout.basisLine(report))).append("</small></footer>\n");
        return html.append("</body>\n</html>\n").toString();
    }

    static String table(TableGrid grid) {
        StringBuilder html = new StringBuilder("<table class=\"").append(grid.name()).append("\">\n");
        for (int row = 0; row < grid.rows(); row++) {
            html.append("<tr>");
            for (int column = 0; column < grid.columns(); column++) {
                TableGrid.Cell cell = grid.at(row, column);
                if (cell == null) {
                    continue;
                }
                String tag = cell.number() ? "td" : "th";
                html.append('<').append(tag);
                if (cell.rowSpan() > 1) {
                    html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                if (cell.columnSpan() > 1) {
                    html.append(" colspan=\"").append(cell.columnSpan()).append('"');
                }
                if (cell.source() != null) {
                    html.append(" data-source=\"").append(escape(cell.source())).append('"');
                }
                html.append('>').append(escape(cell.text())).append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    private static String escape(String text) {
        return TableRenderer.escapeHtml(text);
    }
}
