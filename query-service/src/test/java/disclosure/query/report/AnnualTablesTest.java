package disclosure.query.report;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static disclosure.query.report.SampleCity.A;
import static disclosure.query.report.SampleCity.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tables 三 and 四 of {@link SampleCity}, every cell derived by hand from the stream's table. Columns:
 * 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
 */
class AnnualTablesTest {
    private final AnnualTables tables = AnnualTables.of(SampleCity.events());

    @Test
    void table3OfAgencyA2024() {
        Map<String, List<Integer>> expected = zeroTable();
        // 一: the 25 applications received in 2024. 自然人 a01 a07 a08 a11 a13 a14 a18 a19 a24 (a24 moved in by its
        // receipt-date correction; a22 moved out to 法律服务 by its category correction); 商业企业 a02 a09 a10 a20 a23;
        // 科研机构 a03 a12 f1; 社会公益 a04 a15; 法律服务 a05 a16 a22; 其他 a06 a17 a21.
        expected.put("new", row(9, 5, 3, 2, 3, 3, 25));
        // 二: d1, received 2023-12-20 and answered 2024-01-18.
        expected.put("carried_over", row(1, 0, 0, 0, 0, 0, 1));
        // 1 予以公开: a01, a24, d1 (自然人) and a22 (法律服务 after its correction).
        expected.put("1", row(3, 0, 0, 0, 1, 0, 4));
        // 2 部分公开: a02 only; a23 was answered 2 but corrected to 3.4.
        expected.put("2", row(0, 1, 0, 0, 0, 0, 1));
        expected.put("3.1", row(0, 0, 1, 0, 0, 0, 1)); // a03
        expected.put("3.2", row(0, 0, 0, 1, 0, 0, 1)); // a04
        expected.put("3.3", row(0, 0, 0, 0, 1, 0, 1)); // a05
        expected.put("3.4", row(0, 1, 0, 0, 0, 1, 2)); // a23 (corrected into it), a06
        expected.put("3.5", row(1, 0, 0, 0, 0, 0, 1)); // a07
        expected.put("3.6", row(1, 0, 0, 0, 0, 0, 1)); // a08
        expected.put("3.7", row(0, 1, 0, 0, 0, 0, 1)); // a09
        expected.put("3.8", row(0, 1, 0, 0, 0, 0, 1)); // a10
        expected.put("4.1", row(1, 0, 0, 0, 0, 0, 1)); // a11
        expected.put("4.2", row(0, 0, 1, 0, 0, 0, 1)); // a12
        expected.put("4.3", row(1, 0, 0, 0, 0, 0, 1)); // a13
        expected.put("5.1", row(1, 0, 0, 0, 0, 0, 1)); // a14
        expected.put("5.2", row(0, 0, 0, 1, 0, 0, 1)); // a15 (b1 is agency B)
        expected.put("5.3", row(0, 0, 0, 0, 1, 0, 1)); // a16
        expected.put("5.4", row(0, 0, 0, 0, 0, 1, 1)); // a17
        expected.put("5.5", row(1, 0, 0, 0, 0, 0, 1)); // a18
        expected.put("6.1", row(1, 0, 0, 0, 0, 0, 1)); // a19, SupplementPeriodExpired
        expected.put("6.2", row(0, 1, 0, 0, 0, 0, 1)); // a20, FeePaymentExpired
        expected.put("6.3", row(0, 0, 0, 0, 0, 1, 1)); // a21, ApplicationWithdrawn
        // 三（七）: every application closed in 2024 = all of A except f1 (open); 自然人 3+1+1+1+1+1+1+1 = 10.
        expected.put("total", row(10, 5, 2, 2, 3, 3, 25));
        // 四: f1, received 2024-12-30, still open.
        expected.put("carried_forward", row(0, 0, 1, 0, 0, 0, 1));

        AnnualReport report = tables.report(2024, A);

        assertThat(report.table3().columns())
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat(report.table3().rows()).containsExactlyEntriesOf(expected);
        assertThat(report.checks()).extracting(Check::passed).containsExactly(true, true, true, true);
    }

    @Test
    void table3AcrossTheYearEnds() {
        // 2023: only d1 counts (a24's receipt date was corrected into 2024); still open on 2023-12-31.
        Map<String, List<Integer>> expected2023 = zeroTable();
        expected2023.put("new", row(1, 0, 0, 0, 0, 0, 1));
        expected2023.put("carried_forward", row(1, 0, 0, 0, 0, 0, 1));
        // 2025: f1 comes in as 二 and, never closed, goes out as 四 again.
        Map<String, List<Integer>> expected2025 = zeroTable();
        expected2025.put("carried_over", row(0, 0, 1, 0, 0, 0, 1));
        expected2025.put("carried_forward", row(0, 0, 1, 0, 0, 0, 1));

        assertThat(tables.table3(2023, A).rows()).containsExactlyEntriesOf(expected2023);
        assertThat(tables.table3(2025, A).rows()).containsExactlyEntriesOf(expected2025);
        // Check 3 (四 of N = 二 of N+1) holds at both year ends, as do the others.
        for (int year = 2023; year <= 2025; year++) {
            assertThat(tables.report(year, A).allChecksPassed()).as("checks of %d", year).isTrue();
            assertThat(tables.report(year, null).allChecksPassed()).as("checks of %d, 全市汇总", year).isTrue();
        }
    }

    @Test
    void cityRollUpAddsAgencyB() {
        // b1 (商业企业, agency B) adds one to 一, 5.2 and 三（七） in the 商业企业 and 总计 columns.
        Map<String, List<Integer>> expectedB = zeroTable();
        expectedB.put("new", row(0, 1, 0, 0, 0, 0, 1));
        expectedB.put("5.2", row(0, 1, 0, 0, 0, 0, 1));
        expectedB.put("total", row(0, 1, 0, 0, 0, 0, 1));

        Table3 city = tables.table3(2024, null);
        Table3 agencyA = tables.table3(2024, A);

        assertThat(tables.table3(2024, B).rows()).containsExactlyEntriesOf(expectedB);
        assertThat(city.row("new")).containsExactly(9, 6, 3, 2, 3, 3, 26);
        assertThat(city.row("5.2")).containsExactly(0, 1, 0, 1, 0, 0, 2);
        assertThat(city.row("total")).containsExactly(10, 6, 2, 2, 3, 3, 26);
        Table3Row.ALL.stream().map(Table3Row::key).filter(k -> !List.of("new", "5.2", "total").contains(k))
                .forEach(k -> assertThat(city.row(k)).as(k).isEqualTo(agencyA.row(k)));
        // Pinyin order: 市政(zheng)务… before 市自(zi)然….
        assertThat(tables.agencies()).containsExactly(A, B);
    }

    @Test
    void table4CountsEachAppealInTheYearItEndedOrAsPendingAtEachYearEnd() {
        // 2024, agency A. 复议: r1 维持, r2 撤销→纠正, r3 驳回复议申请→其他, r4 open on 12-31.
        // 直接起诉: l1 驳回诉讼请求→维持, l2 判决公开→纠正, l3 撤诉→其他, l4 open.
        // 复议后起诉: l5 维持, l6 确认违法→纠正, l7 不予受理→其他.
        Table4 a2024 = tables.table4(2024, A);
        assertThat(a2024.reconsideration()).containsExactly(1, 1, 1, 1, 4);
        assertThat(a2024.litigationDirect()).containsExactly(1, 1, 1, 1, 4);
        assertThat(a2024.litigationAfterReconsideration()).containsExactly(1, 1, 1, 0, 3);

        // 全市汇总 adds agency B's rb (复议 维持) and lb (复议后起诉, open).
        Table4 city2024 = tables.table4(2024, null);
        assertThat(city2024.reconsideration()).containsExactly(2, 1, 1, 1, 5);
        assertThat(city2024.litigationDirect()).containsExactly(1, 1, 1, 1, 4);
        assertThat(city2024.litigationAfterReconsideration()).containsExactly(1, 1, 1, 1, 4);

        // 2025: r4 decided 变更 on 2025-01-10 → 纠正; l4 still open at the end of 2025.
        Table4 a2025 = tables.table4(2025, A);
        assertThat(a2025.reconsideration()).containsExactly(0, 1, 0, 0, 1);
        assertThat(a2025.litigationDirect()).containsExactly(0, 0, 0, 1, 1);
        assertThat(a2025.litigationAfterReconsideration()).containsExactly(0, 0, 0, 0, 0);

        // 2023: nothing had been filed yet.
        assertThat(tables.table4(2023, null)).isEqualTo(new Table4(row(0, 0, 0, 0, 0), row(0, 0, 0, 0, 0),
                row(0, 0, 0, 0, 0)));
    }

    @Test
    void everyCellKnowsTheApplicationsItCounts() {
        assertThat(ids(tables.applicationsIn(2024, A, "1", 0))).containsExactly("a01", "a24", "d1");
        assertThat(ids(tables.applicationsIn(2024, A, "1", 4))).containsExactly("a22");
        assertThat(ids(tables.applicationsIn(2024, A, "2", Table3.TOTAL_COLUMN))).containsExactly("a02");
        assertThat(ids(tables.applicationsIn(2024, A, "3.4", 1))).containsExactly("a23");
        assertThat(ids(tables.applicationsIn(2023, A, "carried_forward", Table3.TOTAL_COLUMN))).containsExactly("d1");
        assertThat(ids(tables.applicationsIn(2024, null, "carried_over", 0))).containsExactly("d1");
        assertThat(tables.applicationsIn(2024, null, "5.2", Table3.TOTAL_COLUMN))
                .containsExactly(new ApplicationRef("a15", "2024-0015"), new ApplicationRef("b1", "2024-0001"));

        assertThat(tables.appealsIn(2024, A, AppealTrack.RECONSIDERATION, Table4.PENDING_COLUMN))
                .containsExactly(new AppealRef(new ApplicationRef("a06", "2024-0006"), "r4"));
        assertThat(tables.appealsIn(2025, A, AppealTrack.RECONSIDERATION, 1)).extracting(AppealRef::appealId)
                .containsExactly("r4");
        assertThat(tables.appealsIn(2024, null, AppealTrack.LITIGATION_AFTER_RECONSIDERATION, Table4.TOTAL_COLUMN))
                .extracting(AppealRef::appealId).containsExactly("l5", "l6", "l7", "lb");

        // The provenance and the counts come from the same rule: every cell's size is its count.
        Table3 table = tables.table3(2024, null);
        for (Table3Row row : Table3Row.ALL) {
            IntStream.range(0, Table3.COLUMNS.size()).forEach(c -> assertThat(
                    tables.applicationsIn(2024, null, row.key(), c)).as("%s/%d", row.key(), c)
                    .hasSize(table.cell(row.key(), c)));
        }
    }

    @Test
    void unknownRowIsRefusedByName() {
        assertThatThrownBy(() -> tables.applicationsIn(2024, A, "7", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("“7”");
    }

    /** All 25 counted rows, in print order, at zero; a test overwrites the rows it expects to be non-zero. */
    static Map<String, List<Integer>> zeroTable() {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (String key : List.of("new", "carried_over", "1", "2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7",
                "3.8", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "5.5", "6.1", "6.2", "6.3", "total",
                "carried_forward")) {
            rows.put(key, row(0, 0, 0, 0, 0, 0, 0));
        }
        return rows;
    }

    static List<Integer> row(int... counts) {
        return IntStream.of(counts).boxed().toList();
    }

    private static List<String> ids(List<ApplicationRef> refs) {
        return refs.stream().map(ApplicationRef::applicationId).toList();
    }
}
