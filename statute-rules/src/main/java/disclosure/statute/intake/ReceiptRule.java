package disclosure.statute.intake;

import java.time.LocalDate;

/**
 * 收到申请之日 (条例 Art 31): which of the dates recorded at intake is the legal receipt date, by channel.
 * <ul>
 *   <li>当面提交: {@code handedInOn};</li>
 *   <li>邮寄（需签收）: {@code signedForOn};</li>
 *   <li>平常信函: {@code confirmedOn} (the agency must confirm on the day it arrives, so {@code arrivedOn},
 *       if given, may not be later);</li>
 *   <li>互联网 / 传真: {@code confirmedOn}, the day both sides confirm.</li>
 * </ul>
 */
public final class ReceiptRule {

    public static final String RULE = "条例第三十一条";

    private ReceiptRule() {
    }

    /**
     * @throws ReceiptDateException naming the missing or inconsistent date, in Chinese and English
     */
    public static ReceiptDerivation derive(Channel channel, ChannelDates dates) {
        if (channel == null) {
            throw new ReceiptDateException("未选择提交方式，无法确定收到申请之日",
                    "no channel given: the receipt date cannot be derived");
        }
        ChannelDates given = dates != null ? dates : new ChannelDates(null, null, null, null);
        return switch (channel) {
            case IN_PERSON -> derivation(required(given.handedInOn(), channel, "提交之日", "handedInOn"),
                    "当面提交，以提交之日%s为收到申请之日");
            case REGISTERED_MAIL -> derivation(required(given.signedForOn(), channel, "签收之日", "signedForOn"),
                    "邮寄（需签收）提交，以本机关签收之日%s为收到申请之日");
            case ORDINARY_LETTER -> ordinaryLetter(given);
            case INTERNET -> derivation(required(given.confirmedOn(), channel, "确认之日", "confirmedOn"),
                    "通过互联网渠道提交，以双方确认之日%s为收到申请之日");
            case FAX -> derivation(required(given.confirmedOn(), channel, "确认之日", "confirmedOn"),
                    "通过传真提交，以双方确认之日%s为收到申请之日");
        };
    }

    private static ReceiptDerivation ordinaryLetter(ChannelDates dates) {
        LocalDate confirmedOn = required(dates.confirmedOn(), Channel.ORDINARY_LETTER, "确认之日", "confirmedOn");
        LocalDate arrivedOn = dates.arrivedOn();
        if (arrivedOn != null && arrivedOn.isAfter(confirmedOn)) {
            throw new ReceiptDateException(
                    "平常信函的确认之日（confirmedOn，" + confirmedOn + "）不能早于到达之日（arrivedOn，" + arrivedOn + "）",
                    "ordinary letter: confirmedOn (" + confirmedOn + ") is before arrivedOn (" + arrivedOn + ")");
        }
        ReceiptDerivation derivation = derivation(confirmedOn, "平常信函提交，以本机关与申请人确认之日%s为收到申请之日");
        if (arrivedOn == null || arrivedOn.equals(confirmedOn)) {
            return derivation;
        }
        // Art 31 wants confirmation on the day of arrival; a late one is still the legal date, but staff should see it.
        return new ReceiptDerivation(confirmedOn, RULE,
                derivation.explanation() + "（信函于" + arrivedOn + "到达，未于当日确认）");
    }

    private static LocalDate required(LocalDate date, Channel channel, String fieldZh, String field) {
        if (date == null) {
            throw new ReceiptDateException(
                    "以" + channel.label() + "方式提交的申请须填写" + fieldZh + "（" + field + "）",
                    "an application by " + channel.name() + " needs " + field);
        }
        return date;
    }

    private static ReceiptDerivation derivation(LocalDate receiptDate, String explanationTemplate) {
        return new ReceiptDerivation(receiptDate, RULE, explanationTemplate.formatted(receiptDate));
    }
}
