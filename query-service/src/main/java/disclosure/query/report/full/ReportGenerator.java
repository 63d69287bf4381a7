package disclosure.query.report.full;

import disclosure.contract.proactive.DocumentKind;
import disclosure.query.report.AnnualReport;
import disclosure.query.report.AnnualTables;
import disclosure.query.report.ApplicationRef;
import disclosure.query.report.Check;
import disclosure.query.report.Table3;
import disclosure.query.report.Table3Row;
import disclosure.query.report.full.FullReport.Basis;
import disclosure.query.report.full.FullReport.Fees;
import disclosure.query.report.full.FullReport.Figure;
import disclosure.query.report.full.FullReport.Paragraph;
import disclosure.query.report.full.FullReport.Part;
import disclosure.query.report.full.FullReport.PerRequestFee;
import disclosure.query.report.proactive.DocumentFacts;
import disclosure.query.report.proactive.ProactiveLedger;
import disclosure.query.report.proactive.Table2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 年度报告生成: the whole report as a pure function of the folded log, the staff's edited templates and — for the
 * checks across years — the report of the year before as it was published (sealed at year close), if there is one.
 */
public final class ReportGenerator {
    static final String CARRY_OVER_PUBLISHED = "上年四（已发布）=本年二（各列）";
    static final String ROLL_FORWARD = "现行有效件数：上年现行有效+本年制发-本年废止=本年现行有效";
    static final String ROLL_FORWARD_PUBLISHED = "现行有效件数与上年已发布报告衔接";

    private ReportGenerator() {
    }

    /** The staff's templates by paragraph key; a key without one uses the prefilled template. */
    public record Edits(Map<String, String> templates) {
        public static final Edits NONE = new Edits(Map.of());

        public Edits {
            templates = Map.copyOf(templates);
        }
    }

    public static FullReport generate(ReportLedger ledger, long position, Instant asOf, int year, String agency,
                                      Edits edits, FullReport previousPublished) {
        AnnualTables tables = ledger.tables();
        AnnualReport tables34 = tables.report(year, agency);
        ProactiveLedger proactive = ledger.proactive();
        Table2 table2 = proactive.table2(year, agency);
        Fees fees = fees(ledger.activity(), year, agency);
        long late = lateAnswers(ledger, tables, year, agency).size();
        Figures figures = new Figures(year, agency, table2, tables34.table3(), tables34.table4(), late, fees);

        Map<String, String> defaults = Prose.defaults(figures, fees);
        List<Check> checks = new ArrayList<>(tables34.checks());
        checks.add(rollForward(proactive, table2, year, agency));
        if (previousPublished != null) {
            checks.add(carryOverPublished(previousPublished, tables34.table3(), year));
            checks.add(rollForwardPublished(previousPublished, table2, year));
        }
        String scope = agency == null ? "全市" : agency;
        List<Part> parts = List.of(
                new Part("一", "总体情况", null, paragraphs(List.of(Prose.INTRO, Prose.PROACTIVE, Prose.APPLICATIONS),
                        defaults, edits, figures, fees)),
                new Part("二", "主动公开政府信息情况", "table2", List.of()),
                new Part("三", "收到和处理政府信息公开申请情况", "table3", List.of()),
                new Part("四", "政府信息公开行政复议、行政诉讼情况", "table4", List.of()),
                new Part("五", "存在的主要问题及改进情况", null,
                        paragraphs(List.of(Prose.FIGURES_FIVE, Prose.PROBLEMS), defaults, edits, figures, fees)),
                new Part("六", "其他需要报告的事项", null,
                        paragraphs(List.of(Prose.FEES, Prose.PER_REQUEST, Prose.SUPERIOR_REQUIREMENTS), defaults, edits,
                                figures, fees)));
        return new FullReport(year, agency, scope + year + "年政府信息公开工作年度报告",
                new Basis(position, ledger.eventCount(agency), ledger.eventsHash(agency), asOf), parts, table2,
                tables34.table3(), tables34.table4(), fees, figures.all(), checks, checks.stream().allMatch(Check::passed));
    }

    /** The applications closed in {@code year} whose answer was recorded as late (逾期). */
    public static List<ApplicationRef> lateAnswers(ReportLedger ledger, AnnualTables tables, int year, String agency) {
        List<ApplicationRef> closed = tables.applicationsIn(year, agency, Table3Row.TOTAL, Table3.TOTAL_COLUMN);
        List<String> late = ledger.activity().answeredLate(closed.stream().map(ApplicationRef::applicationId).toList())
                .stream().map(ApplicantActivity.Application::applicationId).toList();
        return closed.stream().filter(ref -> late.contains(ref.applicationId())).toList();
    }

    /** The applications behind the fee figures: {@code collected} those that paid in the year, {@code perRequest}
     * those in an applicant-month beyond the 10 free requests. */
    public static List<ApplicationRef> feeMembers(ReportLedger ledger, int year, String agency, String which) {
        ApplicantActivity activity = ledger.activity();
        if (which.equals("collected")) {
            return activity.paidIn(year, agency).stream().map(a -> new ApplicationRef(a.applicationId(), a.caseNumber()))
                    .toList();
        }
        return activity.chargeableMonths(year, agency).stream().flatMap(m -> m.applications().stream()).toList();
    }

    /** The fees of part 六: collected in the year, and the per-request scale where an applicant exceeded 10 a month. */
    static Fees fees(ApplicantActivity activity, int year, String agency) {
        List<PerRequestFee> perRequest = activity.chargeableMonths(year, agency).stream()
                .map(m -> new PerRequestFee(m.applicantName(), m.month().getYear() + "年" + m.month().getMonthValue() + "月",
                        m.caseNumbers().size(), m.fee().totalYuan().toPlainString(), m.fee().calculation(),
                        m.caseNumbers()))
                .toList();
        return new Fees(activity.collectedIn(year, agency).stripTrailingZeros().toPlainString(),
                activity.paymentsIn(year, agency), perRequest);
    }

    private static List<Paragraph> paragraphs(List<String> keys, Map<String, String> defaults, Edits edits,
                                              Figures figures, Fees fees) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String key : keys) {
            String edited = edits.templates().get(key);
            String template = edited != null ? edited : defaults.get(key);
            if (template.isEmpty()) {
                continue;
            }
            if (edited == null && key.equals(Prose.PER_REQUEST)) {
                // generated from the fee calculations themselves: its numbers are those of fees.perRequest
                paragraphs.add(new Paragraph(key, template, template, List.of(new Figure("按件计收",
                        Integer.toString(fees.perRequest().size()), "fees:perRequest")), false, List.of()));
            } else {
                paragraphs.add(Prose.render(key, template, edited != null, figures));
            }
        }
        return paragraphs;
    }

    /** 现行有效(N) = 现行有效(N−1) + 制发(N) − 废止(N), each counted from its own definition (STATUTE.md §5). */
    private static Check rollForward(ProactiveLedger proactive, Table2 table2, int year, String agency) {
        Table2 previous = proactive.table2(year - 1, agency);
        List<String> failures = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            int expected = previous.documents(kind, Table2.IN_FORCE) + table2.documents(kind, Table2.ISSUED)
                    - table2.documents(kind, Table2.REPEALED);
            int actual = table2.documents(kind, Table2.IN_FORCE);
            if (expected != actual) {
                List<DocumentFacts> involved = new ArrayList<>();
                involved.addAll(proactive.documentsIn(year, agency, kind, Table2.REPEALED).stream()
                        .filter(d -> !d.inForceAtEndOf(year - 1) && !d.issuedIn(year)).toList());
                failures.add("「%s」：%d年现行有效 %d + 本年制发 %d - 本年废止 %d = %d，而本年现行有效为 %d；涉及文件：%s"
                        .formatted(kind.label(), year - 1, previous.documents(kind, Table2.IN_FORCE),
                                table2.documents(kind, Table2.ISSUED), table2.documents(kind, Table2.REPEALED),
                                expected, actual, involved.isEmpty() ? "无可指认的文件"
                                        : involved.stream().map(DocumentFacts::describe)
                                        .collect(Collectors.joining("、"))));
            }
        }
        return failures.isEmpty()
                ? new Check(ROLL_FORWARD, true, "规章、行政规范性文件的现行有效件数均由上年结转推算一致")
                : new Check(ROLL_FORWARD, false, String.join("\n", failures));
    }

    private static Check rollForwardPublished(FullReport previous, Table2 table2, int year) {
        List<String> failures = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            int published = previous.table2().documents(kind, Table2.IN_FORCE);
            int expected = published + table2.documents(kind, Table2.ISSUED) - table2.documents(kind, Table2.REPEALED);
            int actual = table2.documents(kind, Table2.IN_FORCE);
            if (expected != actual) {
                failures.add("「%s」：%d年报告已发布现行有效 %d + 本年制发 %d - 本年废止 %d = %d，而本年现行有效为 %d；"
                        .formatted(kind.label(), year - 1, published, table2.documents(kind, Table2.ISSUED),
                                table2.documents(kind, Table2.REPEALED), expected, actual)
                        + "上年报告发布后文件记录有更正，见上年报告的更正清单");
            }
        }
        return failures.isEmpty()
                ? new Check(ROLL_FORWARD_PUBLISHED, true, "现行有效件数与" + (year - 1) + "年已发布报告衔接一致")
                : new Check(ROLL_FORWARD_PUBLISHED, false, String.join("\n", failures));
    }

    /** 四 of year N as published (sealed at year close) = 二 of year N+1 as counted now. */
    private static Check carryOverPublished(FullReport previous, Table3 table3, int year) {
        List<String> failures = new ArrayList<>();
        for (int column = 0; column <= Table3.TOTAL_COLUMN; column++) {
            int published = previous.table3().cell(Table3Row.CARRIED_FORWARD, column);
            int now = table3.cell(Table3Row.CARRIED_OVER, column);
            if (published != now) {
                failures.add("「%s」列：%d年报告已发布「%s」为 %d，而本年「%s」为 %d；上年报告发布后有更正，见上年报告的更正清单"
                        .formatted(Table3.COLUMNS.get(column), year - 1, Table3Row.CARRIED_FORWARD_LABEL, published,
                                Table3Row.CARRIED_OVER_LABEL, now));
            }
        }
        return failures.isEmpty()
                ? new Check(CARRY_OVER_PUBLISHED, true, "各列本年二均等于" + (year - 1) + "年已发布报告的四")
                : new Check(CARRY_OVER_PUBLISHED, false, String.join("\n", failures));
    }
}
