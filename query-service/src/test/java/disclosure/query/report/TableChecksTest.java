package disclosure.query.report;

import disclosure.contract.correction.OutcomeCorrected;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.outcome.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Facts that do not add up must fail a check that names the cell and the application. */
class TableChecksTest {

    @Test
    void anApplicationClosedBeforeItsCorrectedReceiptDateBreaksTheBalance() {
        // Answered on 2023-12-28, then its receipt date corrected from 2023-12-20 to 2024-01-05: in 2023 it is
        // in 三（七） but in neither 一 nor 二 (0 + 0 ≠ 1 + 0); in 2024 it is in 一 and nowhere else (1 + 0 ≠ 0 + 0).
        AnnualTables tables = AnnualTables.of(new EventLog()
                .received("x1", "2023-0001", ApplicantCategory.NATURAL_PERSON, "2023-12-20")
                .answered("x1", Outcome.DISCLOSED, "2023-12-28")
                .receiptDateCorrected("x1", "2023-12-20", "2024-01-05")
                .received("ok", "2023-0002", ApplicantCategory.COMMERCIAL_ENTERPRISE, "2023-06-01")
                .answered("ok", Outcome.DISCLOSED, "2023-06-20")
                .events());

        AnnualReport report2023 = tables.report(2023, null);
        Check balance = report2023.checks().get(0);

        assertThat(report2023.table3().row("new")).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(report2023.table3().row("total")).containsExactly(1, 1, 0, 0, 0, 0, 2);
        assertThat(balance.name()).isEqualTo("一+二=三（七）+四（各列）");
        assertThat(balance.passed()).isFalse();
        assertThat(balance.detail().split("\n")).hasSize(2)
                .satisfiesExactly(
                        line -> assertThat(line).startsWith("「自然人」列：")
                                .contains("「三、本年度办理结果（七）总计」1", "x1（案号 2023-0001）")
                                .doesNotContain("ok"),
                        line -> assertThat(line).startsWith("「总计」列：").contains("x1（案号 2023-0001）"));
        assertThat(report2023.checks().subList(1, 4)).allMatch(Check::passed);
        assertThat(tables.report(2024, null).checks().get(0).detail())
                .startsWith("「自然人」列：「一、本年新收政府信息公开申请数量」1")
                .contains("x1（案号 2023-0001）");
    }

    @Test
    void aClosedApplicationWithoutAnOutcomeBreaksTheLeafSum() {
        List<RecordedEvent> events = new ArrayList<>(new EventLog()
                .received("x2", "2024-0002", ApplicantCategory.RESEARCH_INSTITUTION, "2024-03-01")
                .answered("x2", Outcome.DISCLOSED, "2024-03-10")
                .events());
        events.add(new RecordedEvent(3, "bad-correction", new OutcomeCorrected("x2", Outcome.DISCLOSED, null,
                "", "录入错误", "clerk-1", Instant.parse("2024-03-11T00:00:00Z"))));

        Check leafSum = AnnualTables.of(events).report(2024, null).checks().get(1);

        assertThat(leafSum.passed()).isFalse();
        assertThat(leafSum.detail()).contains("「三、本年度办理结果（七）总计」行「科研机构」列为 1，而21项办理结果之和为 0",
                "x2（案号 2024-0002）");
    }

    @Test
    void anApplicationWithoutACategoryBreaksTheTotalColumn() {
        ApplicationReceived withoutCategory = new ApplicationReceived("x3", "某局", "2024-0003", null, null,
                LocalDate.parse("2024-02-01"), null, null, "", null, "clerk-1",
                Instant.parse("2024-02-01T00:00:00Z"));

        Check columnSum = AnnualTables.of(List.of(new RecordedEvent(1, "e1", withoutCategory)))
                .report(2024, "某局").checks().get(2);

        assertThat(columnSum.passed()).isFalse();
        assertThat(columnSum.detail()).contains("「一、本年新收政府信息公开申请数量」行「总计」列为 1，而六类申请人之和为 0",
                "「四、结转下年度继续办理」行", "x3（案号 2024-0003）");
    }
}
