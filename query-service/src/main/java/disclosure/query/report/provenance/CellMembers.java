package disclosure.query.report.provenance;

import disclosure.contract.ApplicationEvent;
import disclosure.contract.appeal.LawsuitDecided;
import disclosure.contract.appeal.LawsuitFiled;
import disclosure.contract.appeal.ReconsiderationDecided;
import disclosure.contract.appeal.ReconsiderationFiled;
import disclosure.contract.closing.ApplicationClosed;
import disclosure.contract.correction.ApplicantCategoryCorrected;
import disclosure.contract.correction.OutcomeCorrected;
import disclosure.contract.correction.ReceiptDateCorrected;
import disclosure.contract.fee.FeePaid;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.proactive.DocumentKind;
import disclosure.contract.proactive.ProactiveDisclosureEvent;
import disclosure.contract.proactive.TallyItem;
import disclosure.query.report.AppealTrack;
import disclosure.query.report.Table3;
import disclosure.query.report.Table3Row;
import disclosure.query.report.Table4;
import disclosure.query.report.full.ReportGenerator;
import disclosure.query.report.full.ReportLedger;
import disclosure.query.report.full.ReportProblem;
import disclosure.query.report.proactive.Table2;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.function.Predicate;

/**
 * 单元格溯源: what a cell of the report counts — the applications, appeals, documents or monthly figures in it —
 * the rule that puts them there, and which of their events matter to it. A cell is named as the exports' and the
 * prose's {@code source}: {@code table3:<row>:<column>}, {@code table4:<group>:<column>},
 * {@code table2:<kind>:<column>}, {@code table2:<item>}, {@code fees:collected}, {@code fees:perRequest},
 * {@code applications:late}.
 */
public final class CellMembers {

    private CellMembers() {
    }

    /** One thing counted in a cell: the id of its event stream and how a reader names it. */
    public record Member(String streamId, String name) {}

    /** A cell: its label, the rule that fills it, and which events of a member are the ones that place it there. */
    public record Cell(String source, String label, String rule, Predicate<ApplicationEvent> relevant) {}

    public static Cell parse(String source) {
        String[] parts = source.split(":");
        try {
            return switch (parts[0]) {
                case "table3" -> table3(source, Table3Row.of(parts[1]), column(parts[2], Table3.TOTAL_COLUMN));
                case "table4" -> table4(source, AppealTrack.valueOf(parts[1]), column(parts[2], Table4.TOTAL_COLUMN));
                case "table2" -> parts.length == 3
                        ? documents(source, DocumentKind.valueOf(parts[1]), column(parts[2], Table2.IN_FORCE))
                        : tally(source, TallyItem.valueOf(parts[1]));
                case "fees" -> fees(source, parts[1]);
                case "applications" -> {
                    if (!parts[1].equals("late")) {
                        throw new IllegalArgumentException(parts[1]);
                    }
                    yield new Cell(source, "逾期办结", "在本年度办结，且答复时已超过法定期限（记录为“逾期”）",
                            CellMembers::placesApplication);
                }
                default -> throw new IllegalArgumentException(parts[0]);
            };
        } catch (RuntimeException e) {
            throw new ReportProblem(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_CELL", "报告中没有这个单元格",
                    "单元格 “" + source + "” 不存在；格式如 table3:new:6、table3:3.4:0、table4:RECONSIDERATION:1、"
                            + "table2:NORMATIVE_DOCUMENT:2、table2:LICENSING、fees:collected、applications:late",
                    "No such cell in the report", "no cell " + source);
        }
    }

    /** The members of a cell of the report of {@code year} for {@code agency} (null: all agencies). */
    public static List<Member> members(ReportLedger ledger, int year, String agency, String source) {
        String[] parts = source.split(":");
        parse(source);
        return switch (parts[0]) {
            case "table3" -> ledger.tables().applicationsIn(year, agency, parts[1], Integer.parseInt(parts[2])).stream()
                    .map(ref -> new Member(ref.applicationId(), ref.describe())).toList();
            case "table4" -> ledger.tables().appealsIn(year, agency, AppealTrack.valueOf(parts[1]),
                            Integer.parseInt(parts[2])).stream()
                    .map(ref -> new Member(ref.application().applicationId(),
                            ref.application().describe() + " 的" + AppealTrack.valueOf(parts[1]).label() + " " + ref.appealId()))
                    .toList();
            case "table2" -> parts.length == 3
                    ? ledger.proactive().documentsIn(year, agency, DocumentKind.valueOf(parts[1]),
                    Integer.parseInt(parts[2])).stream().map(d -> new Member(d.documentId(), d.describe())).toList()
                    : ledger.proactive().talliesIn(year, agency, TallyItem.valueOf(parts[1])).stream()
                    .map(t -> new Member(t.tallyId(), t.agency() + " " + t.month() + "：" + t.value().toPlainString()))
                    .toList();
            case "fees" -> ReportGenerator.feeMembers(ledger, year, agency, parts[1]).stream()
                    .map(ref -> new Member(ref.applicationId(), ref.describe())).toList();
            default -> ReportGenerator.lateAnswers(ledger, ledger.tables(), year, agency).stream()
                    .map(ref -> new Member(ref.applicationId(), ref.describe())).toList();
        };
    }

    private static Cell table3(String source, Table3Row row, int column) {
        String columnRule = column == Table3.TOTAL_COLUMN ? "所有申请人类别"
                : "申请人类别为「" + Table3.COLUMNS.get(column) + "」（以更正后的类别为准）";
        String rowRule = switch (row.key()) {
            case Table3Row.NEW -> "收到申请之日（条例第三十一条，以更正后的日期为准）在本年度内";
            case Table3Row.CARRIED_OVER -> "收到申请之日早于本年1月1日，且当日仍未办结";
            case Table3Row.TOTAL -> "在本年度内办结（答复、视为放弃、撤回等）";
            case Table3Row.CARRIED_FORWARD -> "收到申请之日不晚于本年12月31日，且当日仍未办结";
            default -> "在本年度内办结，且办理结果为「" + row.outcome().code() + " " + row.outcome().label()
                    + "」（以更正后的结果为准）";
        };
        return new Cell(source, row.label() + " × " + Table3.COLUMNS.get(column), rowRule + "；" + columnRule
                + "（STATUTE.md §3）", CellMembers::placesApplication);
    }

    private static Cell table4(String source, AppealTrack track, int column) {
        String rule = switch (column) {
            case Table4.PENDING_COLUMN -> "本年12月31日已受理且尚未审结";
            case Table4.TOTAL_COLUMN -> "本年度审结，或本年12月31日尚未审结";
            default -> "在本年度审结，结果归入「" + Table4.COLUMNS.get(column) + "」";
        };
        return new Cell(source, track.label() + " × " + Table4.COLUMNS.get(column), rule + "（STATUTE.md §4）",
                event -> event instanceof ReconsiderationFiled || event instanceof ReconsiderationDecided
                        || event instanceof LawsuitFiled || event instanceof LawsuitDecided
                        || event instanceof ApplicationReceived);
    }

    private static Cell documents(String source, DocumentKind kind, int column) {
        String rule = switch (column) {
            case Table2.ISSUED -> "制发日期在本年度内";
            case Table2.REPEALED -> "废止日期在本年度内";
            default -> "制发日期不晚于本年12月31日，且当日未废止";
        };
        return new Cell(source, kind.label() + " × " + Table2.DOCUMENT_COLUMNS.get(column),
                rule + "（条例第二十条第（一）项）", event -> event instanceof ProactiveDisclosureEvent);
    }

    private static Cell tally(String source, TallyItem item) {
        return new Cell(source, item.label(), "本年度各月登记数之和，同一月份以最后一次登记为准"
                + (item.isAmount() ? "，单位由元折算为万元" : "") + "（条例" + item.provision() + "）",
                event -> event instanceof ProactiveDisclosureEvent);
    }

    private static Cell fees(String source, String which) {
        return switch (which) {
            case "collected" -> new Cell(source, "信息处理费", "本年度缴纳的信息处理费之和（国办函〔2020〕109号）",
                    event -> event instanceof FeePaid || event instanceof ApplicationReceived);
            case "perRequest" -> new Cell(source, "按件计收", "同一申请人在一个自然月内向本机关提出申请超过10件的，"
                    + "按件计收标准计算（国办函〔2020〕109号）", event -> event instanceof ApplicationReceived
                    || event instanceof ReceiptDateCorrected);
            default -> throw new IllegalArgumentException(which);
        };
    }

    private static int column(String text, int last) {
        int column = Integer.parseInt(text);
        if (column < 0 || column > last) {
            throw new IllegalArgumentException(text);
        }
        return column;
    }

    /** The events that decide where an application is counted in table 三: intake, closing and corrections. */
    private static boolean placesApplication(ApplicationEvent event) {
        return event instanceof ApplicationReceived || event instanceof ApplicationClosed
                || event instanceof ReceiptDateCorrected || event instanceof ApplicantCategoryCorrected
                || event instanceof OutcomeCorrected;
    }
}
