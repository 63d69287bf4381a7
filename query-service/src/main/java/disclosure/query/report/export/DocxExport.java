package disclosure.query.report.export;

import disclosure.query.report.Check;
import disclosure.query.report.TableGrid;
import disclosure.query.report.full.FullReport;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * The report as a Word document (.docx), what agencies publish: title, the six parts in order, tables 二, 三 and 四
 * with their header cells merged as in the official format (column spans as {@code gridSpan}, row spans as
 * {@code vMerge}), Chinese fonts (方正小标宋 / 黑体 for headings, 仿宋 for text, 宋体 in tables), and at the top, in
 * red, the checks that failed if any did.
 */
public final class DocxExport {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String TABLE_FONT = "宋体";
    private static final String LATIN_FONT = "Times New Roman";
    /** Width of a table column in twentieths of a point; Word rescales the table to the page. */
    private static final int COLUMN_TWIPS = 900;

    private DocxExport() {
    }

    public static byte[] render(FullReport report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, report.title(), TITLE_FONT, 22, true, null);
            if (!report.checksPassed()) {
                run(doc.createParagraph(), ReportLayout.FAILED_BANNER, HEADING_FONT, 14, true, "C00000");
                for (Check check : ReportLayout.failedChecks(report)) {
                    run(doc.createParagraph(), check.name() + "：" + check.detail(), BODY_FONT, 12, false, "C00000");
                }
            }
            for (FullReport.Part part : report.parts()) {
                run(doc.createParagraph(), part.title(), HEADING_FONT, 16, false, null);
                for (FullReport.Paragraph paragraph : part.paragraphs()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setFirstLineIndent(640);
                    run(p, paragraph.text(), BODY_FONT, 16, false, null);
                }
                if (part.table() != null) {
                    table(doc, ReportLayout.grid(report, part.table()));
                }
            }
            XWPFParagraph basis = doc.createParagraph();
            run(basis, ReportLayout.basisLine(report), BODY_FONT, 9, false, "595959");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, TableGrid grid) {
        XWPFTable table = doc.createTable();
        CTTblGrid columns = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        for (int c = 0; c < grid.columns(); c++) {
            columns.addNewGridCol().setW(BigInteger.valueOf(COLUMN_TWIPS));
        }
        for (int r = 0; r < grid.rows(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            for (int c = 0; c < grid.columns(); ) {
                TableGrid.Cell cover = grid.covering(r, c);
                XWPFTableCell cell = row.createCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = cover == null ? 1 : cover.columnSpan();
                if (span > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (cover != null && cover.rowSpan() > 1) {
                    properties.addNewVMerge().setVal(cover.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(ParagraphAlignment.CENTER);
                if (cover != null && cover.row() == r) {
                    run(p, cover.text(), TABLE_FONT, 9, false, null);
                }
                c += span;
            }
        }
        // the table is created with one empty row; the grid's rows were inserted before it
        table.removeRow(grid.rows());
        doc.createParagraph();
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold, String color) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
    }
}
