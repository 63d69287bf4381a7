package disclosure.statute.appeal;

import java.util.EnumSet;
import java.util.Set;

import static disclosure.statute.appeal.AppealKind.LITIGATION;
import static disclosure.statute.appeal.AppealKind.RECONSIDERATION;

/**
 * 复议决定 / 裁判结果 in detail, each mapped to the column of table 四 it is counted in
 * (STATUTE.md §4, the [OPEN] default mapping) and to the kinds of appeal that can end that way.
 */
public enum AppealResult {
    UPHELD("维持", ResultClass.UPHELD, EnumSet.of(RECONSIDERATION, LITIGATION)),
    CLAIM_DISMISSED("驳回诉讼请求", ResultClass.UPHELD, EnumSet.of(LITIGATION)),
    REVOKED("撤销", ResultClass.CORRECTED, EnumSet.of(RECONSIDERATION, LITIGATION)),
    PARTLY_REVOKED("部分撤销", ResultClass.CORRECTED, EnumSet.of(RECONSIDERATION, LITIGATION)),
    ALTERED("变更", ResultClass.CORRECTED, EnumSet.of(RECONSIDERATION, LITIGATION)),
    CONFIRMED_UNLAWFUL("确认违法", ResultClass.CORRECTED, EnumSet.of(RECONSIDERATION, LITIGATION)),
    CONFIRMED_VOID("确认无效", ResultClass.CORRECTED, EnumSet.of(RECONSIDERATION, LITIGATION)),
    ORDERED_TO_PERFORM("责令履行", ResultClass.CORRECTED, EnumSet.of(RECONSIDERATION, LITIGATION)),
    ORDERED_TO_ANSWER_AGAIN("责令重新答复", ResultClass.CORRECTED, EnumSet.of(RECONSIDERATION, LITIGATION)),
    ORDERED_TO_DISCLOSE("判决公开", ResultClass.CORRECTED, EnumSet.of(LITIGATION)),
    APPLICATION_REJECTED("驳回复议申请", ResultClass.OTHER, EnumSet.of(RECONSIDERATION)),
    TERMINATED("终止", ResultClass.OTHER, EnumSet.of(RECONSIDERATION)),
    WITHDRAWN("撤回", ResultClass.OTHER, EnumSet.of(RECONSIDERATION)),
    MEDIATED("调解", ResultClass.OTHER, EnumSet.of(RECONSIDERATION, LITIGATION)),
    SETTLED("和解", ResultClass.OTHER, EnumSet.of(RECONSIDERATION, LITIGATION)),
    SUIT_DISMISSED("裁定驳回起诉", ResultClass.OTHER, EnumSet.of(LITIGATION)),
    SUIT_WITHDRAWN("撤诉", ResultClass.OTHER, EnumSet.of(LITIGATION)),
    NOT_ACCEPTED("不予受理", ResultClass.OTHER, EnumSet.of(RECONSIDERATION, LITIGATION)),
    /** From a 台账 that records only the column of table 四, not how the decision corrected the answer. */
    CORRECTED_UNSPECIFIED("纠正（方式未载明）", ResultClass.CORRECTED, EnumSet.of(RECONSIDERATION, LITIGATION)),
    /** From a 台账 that records only the column of table 四. */
    OTHER_UNSPECIFIED("其他结果（未载明）", ResultClass.OTHER, EnumSet.of(RECONSIDERATION, LITIGATION));

    private final String label;
    private final ResultClass resultClass;
    private final Set<AppealKind> endsKinds;

    AppealResult(String label, ResultClass resultClass, Set<AppealKind> endsKinds) {
        this.label = label;
        this.resultClass = resultClass;
        this.endsKinds = endsKinds;
    }

    public String label() {
        return label;
    }

    /** The table 四 column this result is counted in. */
    public ResultClass resultClass() {
        return resultClass;
    }

    /** Whether a 复议 decision or a court judgment of this kind can have this result. */
    public boolean canEnd(AppealKind kind) {
        return endsKinds.contains(kind);
    }
}
