package disclosure.statute.fee;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The worked examples of STATUTE.md §1 (109号) and the edges of each band. */
class ProcessingFeeTest {

    @Test
    void thirtyFiveRequestsInAMonthCostThreeThousandYuan() {
        ProcessingFee.Calculation fee = ProcessingFee.perRequest(35);

        assertThat(fee.totalYuan()).isEqualByComparingTo("3000");
        assertThat(fee.calculation()).isEqualTo("共35件：第1–10件免费；第11–30件 20件×100元=2000元；第31–35件 5件×200元=1000元；合计3000元");
    }

    @Test
    void theFirstTenRequestsAreFreeAndEachFurtherBandOfTenCostsOneHundredMore() {
        assertThat(ProcessingFee.perRequest(0).totalYuan()).isEqualByComparingTo("0");
        assertThat(ProcessingFee.perRequest(10).totalYuan()).isEqualByComparingTo("0");
        assertThat(ProcessingFee.perRequest(11).totalYuan()).isEqualByComparingTo("100");
        assertThat(ProcessingFee.perRequest(30).totalYuan()).isEqualByComparingTo("2000");
        assertThat(ProcessingFee.perRequest(40).totalYuan()).isEqualByComparingTo("4000");
        // 41–50 cost 300 each: 2000 + 10×200 + 10×300
        assertThat(ProcessingFee.perRequest(50).totalYuan()).isEqualByComparingTo("7000");
        assertThat(ProcessingFee.perRequest(51).bands()).last()
                .isEqualTo(new ProcessingFee.Band(51, 51, 400));
    }

    @Test
    void oneHundredTwentyPagesCostOneThousandOneHundredYuan() {
        ProcessingFee.Calculation fee = ProcessingFee.perPage(120);

        assertThat(fee.totalYuan()).isEqualByComparingTo(new BigDecimal("1100"));
        assertThat(fee.calculation()).isEqualTo("共120页：第1–30页免费；第31–100页 70页×10元=700元；第101–120页 20页×20元=400元；合计1100元");
    }

    @Test
    void pagesAboveTwoHundredCostFortyYuanEach() {
        // 700 + 100×20 + 10×40
        assertThat(ProcessingFee.perPage(210).totalYuan()).isEqualByComparingTo("3100");
        assertThat(ProcessingFee.perPage(30).totalYuan()).isEqualByComparingTo("0");
    }

    @Test
    void aNegativeQuantityIsRefused() {
        assertThatThrownBy(() -> ProcessingFee.perRequest(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
