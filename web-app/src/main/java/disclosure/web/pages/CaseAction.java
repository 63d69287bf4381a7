package disclosure.web.pages;

import disclosure.access.StaffAction;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The actions on an application the detail page offers, each the form of one command-service endpoint: its
 * fields (named as the endpoint's body), the role rule from {@code access-rules}, and its place in the URL.
 * {@code {target}} in a path is the consultation or appeal the action concerns.
 */
public enum CaseAction {
    REQUEST_SUPPLEMENT("supplement-request", "/supplement-request", StaffAction.REQUEST_SUPPLEMENT, "补正告知",
            Field.date("noticeDate", "告知日期"), Field.text("missingItems", "需补正的内容"),
            Field.date("supplementDueDate", "补正期限")),
    RECEIVE_SUPPLEMENT("supplement", "/supplement", StaffAction.RECEIVE_SUPPLEMENT, "收到补正材料",
            Field.date("receivedOn", "收到补正日期")),
    EXTEND("extension", "/extension", StaffAction.EXTEND_ANSWER_PERIOD, "延长答复期限（负责人批准）",
            Field.number("workingDays", "延长工作日数（1–20）"), Field.approver("approvedBy", "批准人"),
            Field.date("decidedOn", "批准日期"), Field.text("reason", "延期理由")),
    /** 申请延期: the 承办人 asks; the 负责人 decides on the 审批 page (or on the case). */
    REQUEST_EXTENSION("extension-request", "/extension-request", StaffAction.REQUEST_EXTENSION, "申请延期",
            Field.number("workingDays", "申请延长工作日数（1–20）"), Field.text("reason", "延期理由")),
    APPROVE_EXTENSION("extension-approval", "/extension-request/approve", StaffAction.DECIDE_EXTENSION, "批准延期",
            Field.date("decidedOn", "批准日期")),
    DECLINE_EXTENSION("extension-decline", "/extension-request/decline", StaffAction.DECIDE_EXTENSION, "不批准延期",
            Field.text("reason", "不批准的理由")),
    START_CONSULTATION("consultation", "/consultations", StaffAction.START_CONSULTATION, "征求意见",
            Field.of("kind", "征求对象类别", Field.Kind.CONSULTATION_KIND), Field.text("consultedParty", "征求对象"),
            Field.date("sentOn", "发出日期")),
    END_CONSULTATION("consultation-end", "/consultations/{target}/end", StaffAction.END_CONSULTATION, "征求意见结束",
            Field.date("endedOn", "收到意见（结束）日期"), Field.text("opinion", "意见")),
    ISSUE_FEE_NOTICE("fee-notice", "/fee-notice", StaffAction.ISSUE_FEE_NOTICE, "收费通知",
            Field.of("amountYuan", "金额（元）", Field.Kind.MONEY), Field.date("issuedOn", "通知日期"),
            Field.text("basis", "收费依据")),
    RECORD_FEE_PAYMENT("fee-payment", "/fee-payment", StaffAction.RECORD_FEE_PAYMENT, "缴费",
            Field.date("paidOn", "缴费日期")),
    REQUEST_REASONS("reasons-request", "/reasons-request", StaffAction.REQUEST_REASONS, "要求说明理由（第三十五条）",
            Field.date("requestedOn", "要求日期"), Field.text("note", "说明")),
    SET_DELAYED_ANSWER_DATE("delayed-answer-date", "/delayed-answer-date", StaffAction.SET_DELAYED_ANSWER_DATE,
            "确定延迟答复期限（第三十五条）", Field.date("answerBy", "延迟答复期限"), Field.date("decidedOn", "决定日期"),
            Field.text("reason", "理由")),
    ANSWER("answer", "/answer", StaffAction.RECORD_ANSWER, "答复",
            Field.of("outcome", "办理结果", Field.Kind.OUTCOME), Field.text("legalBasis", "法律依据"),
            Field.date("answeredOn", "答复日期"), Field.text("summary", "答复摘要")),
    /** 提交签发: the 承办人's answer where the agency requires the 负责人's sign-off (instead of {@link #ANSWER}). */
    SUBMIT_ANSWER("answer-draft", "/answer-draft", StaffAction.RECORD_ANSWER, "提交签发",
            Field.of("outcome", "办理结果", Field.Kind.OUTCOME), Field.text("legalBasis", "法律依据"),
            Field.date("answeredOn", "拟答复日期"), Field.text("summary", "答复摘要")),
    /** 签发: the answer is recorded, dated the day of the sign-off. */
    SIGN_OFF_ANSWER("answer-sign-off", "/answer-draft/sign-off", StaffAction.SIGN_OFF_ANSWER, "签发答复",
            Field.date("answeredOn", "签发（答复）日期")),
    RETURN_ANSWER("answer-return", "/answer-draft/return", StaffAction.SIGN_OFF_ANSWER, "退回答复",
            Field.text("reason", "退回理由")),
    WITHDRAW("withdrawal", "/withdrawal", StaffAction.WITHDRAW_APPLICATION, "撤回申请",
            Field.date("withdrawnOn", "撤回日期"), Field.text("reason", "撤回理由")),
    FILE_RECONSIDERATION("reconsideration", "/reconsiderations", StaffAction.FILE_APPEAL, "行政复议立案",
            Field.date("filedOn", "立案日期"), Field.text("reviewBody", "复议机关")),
    DECIDE_RECONSIDERATION("reconsideration-decision", "/reconsiderations/{target}/decision",
            StaffAction.DECIDE_APPEAL, "行政复议决定", Field.of("result", "复议结果", Field.Kind.APPEAL_RESULT),
            Field.date("decidedOn", "决定日期"), Field.text("details", "决定内容")),
    FILE_LAWSUIT("lawsuit", "/lawsuits", StaffAction.FILE_APPEAL, "行政诉讼立案",
            Field.date("filedOn", "立案日期"), Field.text("court", "法院")),
    /** 复议后起诉: the lawsuit against a decided reconsideration (table 四's third group). */
    FILE_LAWSUIT_AFTER_RECONSIDERATION("lawsuit-after-reconsideration", "/lawsuits", StaffAction.FILE_APPEAL,
            "复议后行政诉讼立案", Field.of("reconsiderationId", "复议", Field.Kind.TARGET),
            Field.date("filedOn", "立案日期"), Field.text("court", "法院")),
    DECIDE_LAWSUIT("lawsuit-decision", "/lawsuits/{target}/decision", StaffAction.DECIDE_APPEAL, "行政诉讼裁判",
            Field.of("result", "裁判结果", Field.Kind.APPEAL_RESULT), Field.date("decidedOn", "裁判日期"),
            Field.text("details", "裁判内容")),
    CORRECT_CATEGORY("correct-category", "/corrections/category", StaffAction.CORRECT, "更正申请人类别",
            Field.of("category", "正确的申请人类别", Field.Kind.CATEGORY), Field.text("reason", "更正理由")),
    /** 更正收到申请日期: the date the application's channel counts from (条例第三十一条), with the reason. */
    CORRECT_RECEIPT_DATE("correct-receipt-date", "/corrections/receipt-date", StaffAction.CORRECT, "更正收到申请日期",
            Field.of("channelDates.handedInOn", "提交之日（当面提交）", Field.Kind.OPTIONAL_DATE),
            Field.of("channelDates.signedForOn", "签收之日（邮寄需签收）", Field.Kind.OPTIONAL_DATE),
            Field.of("channelDates.arrivedOn", "到达之日（平常信函）", Field.Kind.OPTIONAL_DATE),
            Field.of("channelDates.confirmedOn", "确认之日（平常信函、互联网、传真）", Field.Kind.OPTIONAL_DATE),
            Field.text("reason", "更正理由")),
    CORRECT_OUTCOME("correct-outcome", "/corrections/outcome", StaffAction.CORRECT, "更正办理结果",
            Field.of("outcome", "正确的办理结果", Field.Kind.OUTCOME), Field.text("legalBasis", "法律依据"),
            Field.text("reason", "更正理由"));

    private final String slug;
    private final String path;
    private final StaffAction rule;
    private final String label;
    private final List<Field> fields;

    CaseAction(String slug, String path, StaffAction rule, String label, Field... fields) {
        this.slug = slug;
        this.path = path;
        this.rule = rule;
        this.label = label;
        this.fields = List.of(fields);
    }

    public String slug() {
        return slug;
    }

    public StaffAction rule() {
        return rule;
    }

    public String label() {
        return label;
    }

    public List<Field> fields() {
        return fields;
    }

    /** Whether the action concerns one consultation or appeal: in its path, or in its body (复议后起诉). */
    public boolean targeted() {
        return path.contains("{target}") || fields.stream().anyMatch(field -> field.kind() == Field.Kind.TARGET);
    }

    /** The endpoint under {@code /api/applications/{id}}. */
    String path(String target) {
        return path.contains("{target}") ? path.replace("{target}", target) : path;
    }

    public static Optional<CaseAction> bySlug(String slug) {
        return Arrays.stream(values()).filter(action -> action.slug.equals(slug)).findFirst();
    }

    /** One input of an action's form. */
    public record Field(String name, String label, Kind kind) {
        /**
         * {@code OPTIONAL_DATE}: a date left empty unless typed (no default); {@code TARGET}: not an input, the body
         * field that carries the offer's target; a name with a dot ({@code channelDates.handedInOn}) is nested.
         */
        public enum Kind {
            DATE, OPTIONAL_DATE, TEXT, NUMBER, MONEY, OUTCOME, CONSULTATION_KIND, APPEAL_RESULT, CATEGORY, APPROVER,
            TARGET
        }

        static Field of(String name, String label, Kind kind) {
            return new Field(name, label, kind);
        }

        static Field date(String name, String label) {
            return new Field(name, label, Kind.DATE);
        }

        static Field text(String name, String label) {
            return new Field(name, label, Kind.TEXT);
        }

        static Field number(String name, String label) {
            return new Field(name, label, Kind.NUMBER);
        }

        /** Filled with the logged-in 负责人's name: the one who records an extension is the one who approved it. */
        static Field approver(String name, String label) {
            return new Field(name, label, Kind.APPROVER);
        }
    }
}
