package disclosure.query.report.export;

import disclosure.query.report.Check;
import disclosure.query.report.TableGrid;
import disclosure.query.report.full.FullReport;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The report as an Excel workbook (.xlsx): sheet 报告 (title, the failed checks if any, the parts' text, the basis),
 * one sheet per table laid out and merged as in the official format with the figures as numbers, and sheet 校验.
 */
public final class XlsxExport {
    public static final String REPORT_SHEET = "报告";
    public static final String CHECKS_SHEET = "校验";

    private XlsxExport() {
    }

    /** The sheet of a table: 表二, 表三, 表四. */
    public static String sheetOf(String table) {
        return switch (table) {
            case "table2" -> "表二";
            case "table3" -> "表三";
            default -> "表四";
        };
    }

    public static byte[] render(FullReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font font = book.createFont();
            font.setFontName(DocxExport.TABLE_FONT);
            CellStyle text = book.createCellStyle();
            text.setFont(font);
            text.setWrapText(true);
            CellStyle boxed = book.createCellStyle();
            boxed.cloneStyleFrom(text);
            boxed.setAlignment(HorizontalAlignment.CENTER);
            boxed.setVerticalAlignment(VerticalAlignment.CENTER);
            boxed.setBorderTop(BorderStyle.THIN);
            boxed.setBorderBottom(BorderStyle.THIN);
            boxed.setBorderLeft(BorderStyle.THIN);
            boxed.setBorderRight(BorderStyle.THIN);

            Sheet sheet = book.createSheet(REPORT_SHEET);
            sheet.setColumnWidth(0, 120 * 256);
            int row = 0;
            write(sheet, row++, report.title(), text);
            if (!report.checksPassed()) {
                write(sheet, row++, ReportLayout.FAILED_BANNER, text);
                for (Check check : ReportLayout.failedChecks(report)) {
                    write(sheet, row++, check.name() + "：" + check.detail(), text);
                }
            }
            for (FullReport.Part part : report.parts()) {
                write(sheet, row++, part.title(), text);
                for (FullReport.Paragraph paragraph : part.paragraphs()) {
                    write(sheet, row++, paragraph.text(), text);
                }
                if (part.table() != null) {
                    write(sheet, row++, "（见工作表「" + sheetOf(part.table()) + "」）", text);
                    table(book.createSheet(sheetOf(part.table())), ReportLayout.grid(report, part.table()), boxed);
                }
            }
            write(sheet, row, ReportLayout.basisLine(report), text);

            Sheet checks = book.createSheet(CHECKS_SHEET);
            checks.setColumnWidth(0, 40 * 256);
            checks.setColumnWidth(2, 100 * 256);
            int c = 0;
            for (Check check : report.checks()) {
                Row r = checks.createRow(c++);
                r.createCell(0).setCellValue(check.name());
                r.createCell(1).setCellValue(check.passed() ? "通过" : "未通过");
                r.createCell(2).setCellValue(check.detail());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(Sheet sheet, TableGrid grid, CellStyle style) {
        for (int r = 0; r < grid.rows(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < grid.columns(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(style);
                TableGrid.Cell start = grid.at(r, c);
                if (start == null) {
                    continue;
                }
                if (start.number()) {
                    cell.setCellValue(new BigDecimal(start.text()).doubleValue());
                } else {
                    cell.setCellValue(start.text());
                }
                if (start.rowSpan() > 1 || start.columnSpan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r + start.rowSpan() - 1, c,
                            c + start.columnSpan() - 1));
                }
            }
        }
        for (int c = 0; c < grid.columns(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }

    private static void write(Sheet sheet, int row, String text, CellStyle style) {
        Cell cell = sheet.createRow(row).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
