package disclosure.contract.alert;

/** The kinds of 预警, with the wording staff see. */
public enum AlertKind {
    /** 答复期限临近. */
    ANSWER_DUE_SOON("答复期限临近"),
    /** 答复已逾期 (条例 Art 47). */
    ANSWER_OVERDUE("答复已逾期"),
    /** 补正告知期限临近: the 7-working-day window for asking a supplement ends soon (Art 30). */
    SUPPLEMENT_NOTICE_WINDOW_CLOSING("补正告知期限临近"),
    /** 逾期未补正，申请已办结 (6.1). */
    SUPPLEMENT_PERIOD_EXPIRED("逾期未补正，申请已按放弃处理"),
    /** 逾期未缴费，申请已办结 (6.2). */
    FEE_PAYMENT_EXPIRED("逾期未缴费，申请已按放弃处理"),
    /** 复议答复或应诉答辩期限临近 (行政复议法 Art 48, 行政诉讼法 Art 67). */
    APPEAL_REPLY_DUE_SOON("行政复议答复或行政诉讼答辩期限临近");

    private final String label;

    AlertKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
