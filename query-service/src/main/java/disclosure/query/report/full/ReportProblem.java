package disclosure.query.report.full;

import org.springframework.http.HttpStatus;

/** A request on the annual report that breaks a rule: answered as an RFC 7807 problem in Chinese and English. */
public class ReportProblem extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final String title;
    private final String detail;
    private final String titleEn;
    private final String detailEn;

    public ReportProblem(HttpStatus status, String code, String title, String detail, String titleEn, String detailEn) {
        super(code + ": " + detailEn);
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.titleEn = titleEn;
        this.detailEn = detailEn;
    }

    public static ReportProblem snapshotNotFound(long number) {
        return new ReportProblem(HttpStatus.NOT_FOUND, "SNAPSHOT_NOT_FOUND", "报告快照不存在",
                "没有编号为 " + number + " 的报告快照", "No such report snapshot", "no snapshot " + number);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String titleEn() {
        return titleEn;
    }

    public String detailEn() {
        return detailEn;
    }
}
