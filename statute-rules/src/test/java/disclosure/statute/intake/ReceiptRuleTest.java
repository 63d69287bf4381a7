package disclosure.statute.intake;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptRuleTest {

    private static final LocalDate MAR_1 = LocalDate.parse("2024-03-01");
    private static final LocalDate MAR_4 = LocalDate.parse("2024-03-04");
    private static final LocalDate MAR_5 = LocalDate.parse("2024-03-05");

    private static ChannelDates handedIn(LocalDate date) {
        return new ChannelDates(date, null, null, null);
    }

    private static ChannelDates signedFor(LocalDate date) {
        return new ChannelDates(null, date, null, null);
    }

    private static ChannelDates letter(LocalDate arrivedOn, LocalDate confirmedOn) {
        return new ChannelDates(null, null, arrivedOn, confirmedOn);
    }

    private static ChannelDates confirmed(LocalDate date) {
        return new ChannelDates(null, null, null, date);
    }

    @Test
    void inPersonIsTheDayHandedIn() {
        assertThat(ReceiptRule.derive(Channel.IN_PERSON, handedIn(MAR_1))).isEqualTo(
                new ReceiptDerivation(MAR_1, "条例第三十一条", "当面提交，以提交之日2024-03-01为收到申请之日"));
    }

    @Test
    void registeredMailIsTheDaySignedFor() {
        ReceiptDerivation derivation = ReceiptRule.derive(Channel.REGISTERED_MAIL, signedFor(MAR_4));
        assertThat(derivation.receiptDate()).isEqualTo(MAR_4);
        assertThat(derivation.rule()).isEqualTo("条例第三十一条");
        assertThat(derivation.explanation()).contains("签收之日2024-03-04");
    }

    @Test
    void ordinaryLetterIsTheDayConfirmed() {
        ReceiptDerivation derivation = ReceiptRule.derive(Channel.ORDINARY_LETTER, letter(MAR_4, MAR_4));
        assertThat(derivation.receiptDate()).isEqualTo(MAR_4);
        assertThat(derivation.explanation()).contains("确认之日2024-03-04").doesNotContain("未于当日确认");
    }

    @Test
    void ordinaryLetterWithoutArrivalDateIsTheDayConfirmed() {
        assertThat(ReceiptRule.derive(Channel.ORDINARY_LETTER, letter(null, MAR_4)).receiptDate()).isEqualTo(MAR_4);
    }

    @Test
    void ordinaryLetterConfirmedLateIsStillTheDayConfirmedButSaysSo() {
        ReceiptDerivation derivation = ReceiptRule.derive(Channel.ORDINARY_LETTER, letter(MAR_1, MAR_4));
        assertThat(derivation.receiptDate()).isEqualTo(MAR_4);
        assertThat(derivation.explanation()).contains("2024-03-01到达", "未于当日确认");
    }

    @Test
    void ordinaryLetterConfirmedBeforeItArrivedIsRejected() {
        assertThatThrownBy(() -> ReceiptRule.derive(Channel.ORDINARY_LETTER, letter(MAR_5, MAR_4)))
                .isInstanceOfSatisfying(ReceiptDateException.class, e -> {
                    assertThat(e.messageZh()).contains("confirmedOn", "arrivedOn", "2024-03-04", "2024-03-05");
                    assertThat(e.messageEn()).contains("confirmedOn", "arrivedOn");
                });
    }

    @Test
    void internetIsTheDayBothSidesConfirm() {
        ReceiptDerivation derivation = ReceiptRule.derive(Channel.INTERNET, confirmed(MAR_5));
        assertThat(derivation.receiptDate()).isEqualTo(MAR_5);
        assertThat(derivation.explanation()).contains("互联网", "确认之日2024-03-05");
    }

    @Test
    void faxIsTheDayBothSidesConfirm() {
        ReceiptDerivation derivation = ReceiptRule.derive(Channel.FAX, confirmed(MAR_5));
        assertThat(derivation.receiptDate()).isEqualTo(MAR_5);
        assertThat(derivation.explanation()).contains("传真", "确认之日2024-03-05");
    }

    @Test
    void datesOfOtherChannelsAreIgnored() {
        ChannelDates all = new ChannelDates(MAR_1, MAR_4, MAR_4, MAR_5);
        assertThat(ReceiptRule.derive(Channel.IN_PERSON, all).receiptDate()).isEqualTo(MAR_1);
        assertThat(ReceiptRule.derive(Channel.REGISTERED_MAIL, all).receiptDate()).isEqualTo(MAR_4);
        assertThat(ReceiptRule.derive(Channel.INTERNET, all).receiptDate()).isEqualTo(MAR_5);
        // arrivedOn is checked only for an ordinary letter.
        ChannelDates lateArrival = new ChannelDates(null, MAR_1, MAR_5, null);
        assertThat(ReceiptRule.derive(Channel.REGISTERED_MAIL, lateArrival).receiptDate()).isEqualTo(MAR_1);
    }

    @Test
    void missingHandedInOnIsNamed() {
        assertMissing(Channel.IN_PERSON, confirmed(MAR_1), "handedInOn", "提交之日");
    }

    @Test
    void missingSignedForOnIsNamed() {
        assertMissing(Channel.REGISTERED_MAIL, handedIn(MAR_1), "signedForOn", "签收之日");
    }

    @Test
    void missingConfirmedOnIsNamedForEveryChannelThatNeedsIt() {
        assertMissing(Channel.ORDINARY_LETTER, letter(MAR_1, null), "confirmedOn", "确认之日");
        assertMissing(Channel.INTERNET, handedIn(MAR_1), "confirmedOn", "确认之日");
        assertMissing(Channel.FAX, signedFor(MAR_1), "confirmedOn", "确认之日");
    }

    @Test
    void noDatesAtAllIsAMissingDate() {
        assertMissing(Channel.IN_PERSON, null, "handedInOn", "提交之日");
    }

    @Test
    void noChannelIsRejected() {
        assertThatThrownBy(() -> ReceiptRule.derive(null, handedIn(MAR_1)))
                .isInstanceOfSatisfying(ReceiptDateException.class, e -> {
                    assertThat(e.messageZh()).contains("提交方式");
                    assertThat(e.messageEn()).contains("channel");
                });
    }

    private static void assertMissing(Channel channel, ChannelDates dates, String field, String fieldZh) {
        assertThatThrownBy(() -> ReceiptRule.derive(channel, dates))
                .isInstanceOfSatisfying(ReceiptDateException.class, e -> {
                    assertThat(e.messageZh()).contains(field, fieldZh, channel.label());
                    assertThat(e.messageEn()).contains(field);
                    assertThat(e.getMessage()).contains(e.messageZh(), e.messageEn());
                });
    }
}
