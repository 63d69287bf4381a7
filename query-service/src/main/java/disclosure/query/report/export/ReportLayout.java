package disclosure.query.report.export;

import disclosure.query.report.Check;
import disclosure.query.report.TableGrid;
import disclosure.query.report.full.FullReport;

import java.util.List;

/** What every export prints the same way: the tables' grids, the warning of failed checks, the basis line. */
final class ReportLayout {
    static final String FAILED_BANNER = "【本报告校验未通过】以下勾稽关系校验未通过，发布前请核实：";

    private ReportLayout() {
    }

    static TableGrid grid(FullReport report, String table) {
        return switch (table) {
            case "table2" -> TableGrid.table2(report.table2());
            case "table3" -> TableGrid.table3(report.table3());
            case "table4" -> TableGrid.table4(report.table4());
            default -> throw new IllegalArgumentException("no table " + table);
        };
    }

    static List<Check> failedChecks(FullReport report) {
        return report.checks().stream().filter(check -> !check.passed()).toList();
    }

    /** "依据事件日志至位置 123（共 45 个事件，SHA-256 …）生成" — how a reader finds what the figures rest on. */
    static String basisLine(FullReport report) {
        FullReport.Basis basis = report.basis();
        return "统计依据：事件日志至位置 " + basis.position() + "（计入事件 " + basis.eventCount() + " 个，SHA-256 "
                + basis.eventsHash() + "）" + (basis.asOf() == null ? "" : "，截至 " + basis.asOf());
    }
}
