package disclosure.query.report;

import java.util.List;

/**
 * 年度报告表格: tables 三 and 四 of one year for one agency (null: 全市汇总, all agencies summed), with the
 * results of the consistency checks run on them.
 */
public record AnnualReport(int year, String agency, Table3 table3, Table4 table4, List<Check> checks) {

    public AnnualReport {
        checks = List.copyOf(checks);
    }

    public boolean allChecksPassed() {
        return checks.stream().allMatch(Check::passed);
    }
}
