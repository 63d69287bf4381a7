package disclosure.query.report.annual;

import disclosure.query.report.export.DocxExport;
import disclosure.query.report.export.HtmlExport;
import disclosure.query.report.export.MarkdownExport;
import disclosure.query.report.export.XlsxExport;
import disclosure.query.report.full.FullReport;
import disclosure.query.report.full.ReportProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** A report in one of the export formats, as an HTTP download named after the report. */
final class Exports {
    private Exports() {
    }

    static ResponseEntity<byte[]> export(FullReport report, String format, String fileStem) {
        byte[] body;
        MediaType type;
        switch (format) {
            case "docx" -> {
                body = DocxExport.render(report);
                type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
            case "xlsx" -> {
                body = XlsxExport.render(report);
                type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            case "md" -> {
                body = MarkdownExport.render(report).getBytes(StandardCharsets.UTF_8);
                type = MediaType.parseMediaType("text/markdown;charset=UTF-8");
            }
            case "html" -> {
                body = HtmlExport.render(report).getBytes(StandardCharsets.UTF_8);
                type = MediaType.parseMediaType("text/html;charset=UTF-8");
            }
            default -> throw new ReportProblem(HttpStatus.BAD_REQUEST, "UNKNOWN_FORMAT", "不支持的导出格式",
                    "导出格式 “" + format + "” 不受支持，可用：docx、xlsx、md、html", "Unknown export format",
                    "unknown format " + format + "; use docx, xlsx, md or html");
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileStem + "." + format, StandardCharsets.UTF_8).build().toString())
                .header("X-Checks-Passed", Boolean.toString(report.checksPassed()))
                .body(body);
    }
}
