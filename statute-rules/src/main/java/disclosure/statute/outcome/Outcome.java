package disclosure.statute.outcome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 办理结果: the 22 leaf rows of table 三 (STATUTE.md §2–3) an application closes into.
 * The labels are the exact wording of the national annual-report format (国办公开办函〔2021〕30号).
 */
public enum Outcome {
    DISCLOSED("1", OutcomeGroup.DISCLOSED, "予以公开", "Art 36(1)(2)"),
    PARTLY_DISCLOSED("2", OutcomeGroup.PARTLY_DISCLOSED, "部分公开（区分处理的，只计这一情形，不计其他情形）", "Art 37"),
    WITHHELD_STATE_SECRET("3.1", OutcomeGroup.WITHHELD, "属于国家秘密", "Art 14"),
    WITHHELD_PROHIBITED_BY_LAW("3.2", OutcomeGroup.WITHHELD, "其他法律行政法规禁止公开", "Art 14"),
    WITHHELD_ENDANGERS_SECURITY("3.3", OutcomeGroup.WITHHELD, "危及“三安全一稳定”", "Art 14"),
    WITHHELD_THIRD_PARTY_RIGHTS("3.4", OutcomeGroup.WITHHELD, "保护第三方合法权益", "Art 15"),
    WITHHELD_INTERNAL_AFFAIRS("3.5", OutcomeGroup.WITHHELD, "属于三类内部事务信息", "Art 16¶1"),
    WITHHELD_PROCESS_INFORMATION("3.6", OutcomeGroup.WITHHELD, "属于四类过程性信息", "Art 16¶2"),
    WITHHELD_ENFORCEMENT_FILE("3.7", OutcomeGroup.WITHHELD, "属于行政执法案卷", "Art 16¶2"),
    WITHHELD_ADMINISTRATIVE_QUERY("3.8", OutcomeGroup.WITHHELD, "属于行政查询事项", "Art 36(7)"),
    UNAVAILABLE_NOT_HELD("4.1", OutcomeGroup.UNAVAILABLE, "本机关不掌握相关政府信息", "Art 36(4)(5)"),
    UNAVAILABLE_NEEDS_CREATION("4.2", OutcomeGroup.UNAVAILABLE, "没有现成信息需要另行制作", "Art 38"),
    UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT("4.3", OutcomeGroup.UNAVAILABLE, "补正后申请内容仍不明确", "Art 30"),
    NOT_PROCESSED_PETITION("5.1", OutcomeGroup.NOT_PROCESSED, "信访举报投诉类申请", "Art 39¶1"),
    NOT_PROCESSED_REPEATED("5.2", OutcomeGroup.NOT_PROCESSED, "重复申请", "Art 36(6)"),
    NOT_PROCESSED_PUBLICATION("5.3", OutcomeGroup.NOT_PROCESSED, "要求提供公开出版物", "Art 39¶2"),
    NOT_PROCESSED_EXCESSIVE("5.4", OutcomeGroup.NOT_PROCESSED, "无正当理由大量反复申请", "Art 35"),
    NOT_PROCESSED_CONFIRMATION("5.5", OutcomeGroup.NOT_PROCESSED, "要求行政机关确认或重新出具已获取信息", ""),
    OTHER_SUPPLEMENT_OVERDUE("6.1", OutcomeGroup.OTHER,
            "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "Art 30"),
    OTHER_FEE_UNPAID("6.2", OutcomeGroup.OTHER,
            "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "国办函〔2020〕109号"),
    OTHER("6.3", OutcomeGroup.OTHER, "其他", "");

    private final String code;
    private final OutcomeGroup group;
    private final String label;
    private final String article;

    Outcome(String code, OutcomeGroup group, String label, String article) {
        this.code = code;
        this.group = group;
        this.label = label;
        this.article = article;
    }

    /** The row code used everywhere in the API and in table 三: {@code 1}, {@code 3.4}, {@code 6.1} … */
    @JsonValue
    public String code() {
        return code;
    }

    public OutcomeGroup group() {
        return group;
    }

    /** The row label exactly as printed in table 三. */
    public String label() {
        return label;
    }

    /** The article of the 条例 (or measure) the outcome rests on; empty where the table names none. */
    public String article() {
        return article;
    }

    /**
     * True for the two outcomes the system records itself when a period runs out (6.1, 6.2):
     * staff never choose them in an answer.
     */
    public boolean isRecordedBySystem() {
        return this == OTHER_SUPPLEMENT_OVERDUE || this == OTHER_FEE_UNPAID;
    }

    public static Optional<Outcome> findByCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }

    @JsonCreator
    public static Outcome ofCode(String code) {
        return findByCode(code).orElseThrow(() -> new IllegalArgumentException(
                "未知的办理结果代码 “" + code + "”，应为 " + codes() + " / unknown outcome code"));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Outcome::code).toList();
    }
}
