package disclosure.query.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: opens exported Word and Excel files with Apache POI and reads their tables back as grids of text. */
final class OfficeFiles {
    private OfficeFiles() {
    }

    /** A table read back: the text at each grid position, "" where a merged cell continues, and its spans. */
    record ReadTable(List<List<String>> texts, List<int[]> merges) {
        String at(int row, int column) {
            return texts.get(row).get(column);
        }
    }

    static XWPFDocument docx(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static XSSFWorkbook xlsx(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** A Word table as a grid: a cell spanning n grid columns fills n positions, its text in the first. */
    static ReadTable grid(XWPFTable table) {
        List<List<String>> texts = new ArrayList<>();
        List<int[]> merges = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> line = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan()
                        ? properties.getGridSpan().getVal().intValue() : 1;
                boolean continued = properties != null && properties.isSetVMerge()
                        && properties.getVMerge().getVal() != null
                        && "continue".equals(properties.getVMerge().getVal().toString());
                if (span > 1) {
                    merges.add(new int[]{texts.size(), line.size(), span});
                }
                line.add(continued ? "" : cell.getText());
                for (int i = 1; i < span; i++) {
                    line.add("");
                }
            }
            texts.add(line);
        }
        return new ReadTable(texts, merges);
    }

    /** An Excel sheet as a grid of text (numbers written without a fraction when whole). */
    static ReadTable grid(Sheet sheet, int columns) {
        List<List<String>> texts = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                Cell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(c);
                line.add(text(cell));
            }
            texts.add(line);
        }
        List<int[]> merges = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merges.add(new int[]{region.getFirstRow(), region.getFirstColumn(),
                    region.getLastColumn() - region.getFirstColumn() + 1, region.getLastRow() - region.getFirstRow() + 1});
        }
        return new ReadTable(texts, merges);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
        }
        return cell.getStringCellValue();
    }
}
