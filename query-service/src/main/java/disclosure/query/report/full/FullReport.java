package disclosure.query.report.full;

import com.fasterxml.jackson.annotation.JsonInclude;
import disclosure.query.report.Check;
import disclosure.query.report.Table3;
import disclosure.query.report.Table4;
import disclosure.query.report.proactive.Table2;

import java.time.Instant;
import java.util.List;

/**
 * 政府信息公开工作年度报告: the whole report of one year for one agency (null: 全市汇总) — its six parts in the
 * official order (STATUTE.md §6), tables 二, 三 and 四, the fees of part 六, every check, and what it was computed
 * from: the event-log position, the number of events counted and their hash, and for a report "as of" an instant
 * that instant. {@code figures} are all the figures the prose may carry ({@code {{name}}} in a template).
 *
 * @param checksPassed false if any check failed: every export then says so at its top
 */
public record FullReport(int year, String agency, String title, Basis basis, List<Part> parts, Table2 table2,
                         Table3 table3, Table4 table4, Fees fees, List<Figure> figures, List<Check> checks,
                         boolean checksPassed) {

    public FullReport {
        parts = List.copyOf(parts);
        figures = List.copyOf(figures);
        checks = List.copyOf(checks);
    }

    /**
     * @param position   every event up to this position of the log, and none after, was counted
     * @param eventCount the events counted for this report's agency (all agencies for the roll-up)
     * @param eventsHash SHA-256 over those events ({@code position:eventId} lines in position order)
     * @param asOf       for a report "as the log stood at" an instant: that instant; otherwise null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Basis(long position, long eventCount, String eventsHash, Instant asOf) {}

    /**
     * One of the six parts. {@code table} names the table the part consists of ({@code table2}, {@code table3},
     * {@code table4}), null for parts of prose.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(String number, String heading, String table, List<Paragraph> paragraphs) {
        public Part {
            paragraphs = List.copyOf(paragraphs);
        }

        /** "一、总体情况" */
        public String title() {
            return number + "、" + heading;
        }
    }

    /**
     * A paragraph of prose. {@code template} is the text with its figures as {@code {{name}}}; {@code text} has them
     * filled in; each figure says which cell or sum it comes from, so every number in the text can be traced.
     *
     * @param edited             whether staff changed the prefilled template
     * @param untraceableNumbers numbers staff typed as text rather than as a figure: shown so a reviewer checks them
     */
    public record Paragraph(String key, String text, String template, List<Figure> figures, boolean edited,
                            List<String> untraceableNumbers) {
        public Paragraph {
            figures = List.copyOf(figures);
            untraceableNumbers = List.copyOf(untraceableNumbers);
        }
    }

    /** A figure in the prose: its name, its value as printed, and its source ({@code table3:new:6} …). */
    public record Figure(String name, String value, String source) {}

    /**
     * 信息处理费 (国办函〔2020〕109号), for part 六: collected in the year (元), the payments, and the applicant-months
     * in which the per-request scale charges, each with its calculation.
     */
    public record Fees(String collectedYuan, long payments, List<PerRequestFee> perRequest) {
        public Fees {
            perRequest = List.copyOf(perRequest);
        }
    }

    /** One applicant (name masked) with more than 10 requests in one month, and what the scale gives. */
    public record PerRequestFee(String applicant, String month, int requests, String feeYuan, String calculation,
                                List<String> caseNumbers) {
        public PerRequestFee {
            caseNumbers = List.copyOf(caseNumbers);
        }
    }
}
