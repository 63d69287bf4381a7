package disclosure.command.application;

/**
 * Every rule a command can break, with the HTTP status it answers with, its wording for staff (Chinese) and
 * for integrators (English), and the provision it rests on. One place, so the API documents itself.
 */
public enum Rule {
    MISSING_FIELD(400, "缺少必填项", "A required field is missing", ""),
    INVALID_VALUE(400, "字段取值无效", "A field has an invalid value", ""),
    MALFORMED_REQUEST(400, "请求格式错误", "The request body is not valid JSON", ""),
    UNKNOWN_FIELD(400, "请求包含未知字段", "The request contains an unknown field", ""),
    APPLICATION_NOT_FOUND(404, "申请不存在", "No such application", ""),
    OUTSIDE_AGENCY(403, "无权查看或办理其他机关的事项", "This belongs to another agency", ""),
    VERSION_CONFLICT(409, "申请已被他人修改，请刷新后重试",
            "The application was changed by someone else; reload and retry", ""),
    COMMAND_KEY_REUSED(422, "幂等键已用于另一请求", "The Idempotency-Key was already used for another request", ""),
    REQUEST_TOO_LARGE(413, "请求内容过大", "Request body too large", ""),
    SERVICE_UNAVAILABLE(503, "服务暂时不可用，请稍后用同一幂等键重试",
            "The service is briefly unavailable; retry with the same Idempotency-Key", ""),
    TOO_MANY_REQUESTS(429, "请求过于频繁，请稍后重试", "Too many requests; retry later", ""),

    RECEIPT_DATE_UNDERIVABLE(422, "无法确定收到申请之日", "The legal receipt date cannot be derived", "条例第三十一条"),
    RECEIPT_BEFORE_REGULATION(422, "收到申请之日早于现行条例施行日期（2019-05-15）",
            "The receipt date is before the 2019 regulation came into force (2019-05-15)", "条例第五十六条"),
    CASE_NUMBER_TAKEN(409, "案件编号已被使用", "The case number is already used", ""),
    DATE_IN_FUTURE(422, "日期不能晚于今天", "The date is in the future", ""),
    DATE_BEFORE_RECEIPT(422, "日期不能早于收到申请之日", "The date is before the receipt date", "条例第三十一条"),
    DATE_OUT_OF_ORDER(422, "日期先后顺序不合理", "The date is earlier than the step it follows", ""),
    APPLICATION_CLOSED(409, "申请已办结，不能再办理", "The application is closed", ""),

    SUPPLEMENT_ALREADY_REQUESTED(409, "补正只能告知一次", "A supplement may be requested only once", "条例第三十条"),
    SUPPLEMENT_NOTICE_TOO_LATE(422, "补正告知须在收到申请之日起7个工作日内发出",
            "A supplement notice must go out within 7 working days of receipt", "条例第三十条"),
    SUPPLEMENT_DUE_NOT_AFTER_NOTICE(422, "补正期限须晚于告知日期",
            "The supplement due date must be after the notice date", "条例第三十条"),
    SUPPLEMENT_DUE_TOO_FAR(422, "补正期限不得晚于告知日期后一年",
            "The supplement due date may be at most a year after the notice", "条例第三十条"),
    NO_SUPPLEMENT_PENDING(409, "没有等待补正的告知", "No supplement is awaited", "条例第三十条"),
    SUPPLEMENT_AFTER_DUE_DATE(422, "补正期限已过，视为放弃申请",
            "The supplement period has passed; the application is deemed abandoned", "条例第三十条"),
    AWAITING_SUPPLEMENT(409, "等待补正期间答复期限尚未起算",
            "The answer period does not run while a supplement is awaited", "条例第三十条"),

    EXTENSION_ALREADY_GRANTED(409, "答复期限只能延长一次", "The answer period may be extended only once", "条例第三十三条"),
    EXTENSION_OUT_OF_RANGE(422, "延长的期限最长不得超过20个工作日",
            "An extension is 1 to 20 working days", "条例第三十三条"),
    EXTENSION_AFTER_DUE_DATE(422, "延期须在答复期限届满前决定",
            "An extension must be decided before the answer period ends", "条例第三十三条"),
    EXTENSION_REQUEST_PENDING(409, "已有等待负责人审批的延期申请",
            "An extension request is already awaiting the supervisor's decision", "条例第三十三条"),
    NO_EXTENSION_REQUEST_PENDING(409, "没有等待审批的延期申请", "No extension request is awaiting a decision",
            "条例第三十三条"),

    CONSULTATION_ID_IN_USE(409, "征求意见编号已被使用", "The consultation id is already used", ""),
    UNKNOWN_CONSULTATION(422, "没有该项征求意见", "No such consultation", ""),
    CONSULTATION_ALREADY_ENDED(409, "该项征求意见已结束", "The consultation has already ended", ""),

    FEE_NOTICE_PENDING(409, "已有待缴费的收费通知", "A fee notice is already awaiting payment", "国办函〔2020〕109号"),
    NO_FEE_PENDING(409, "没有待缴费的收费通知", "No fee is awaiting payment", "国办函〔2020〕109号"),
    FEE_AMOUNT_INVALID(422, "收费金额须大于0、不超过两位小数且不超过999999999.99元",
            "The fee must be positive, with at most two decimals, and at most 999,999,999.99 yuan",
            "国办函〔2020〕109号"),
    FEE_PAID_AFTER_DUE_DATE(422, "缴费期限已过，视为放弃申请",
            "The payment period has passed; the application is deemed abandoned", "国办函〔2020〕109号"),

    REASONS_NOT_REQUESTED(409, "须先要求申请人说明理由", "Reasons must be requested first", "条例第三十五条"),
    DELAYED_DATE_NOT_LATER(422, "延迟答复期限须晚于现行答复期限",
            "The delayed answer date must be after the current due date", "条例第三十五条"),

    OUTCOME_NEEDS_EXPIRED_PERIOD(422, "6.1、6.2 只能在补正或缴费期限届满后记录",
            "Outcomes 6.1 and 6.2 need an expired supplement or fee payment period", "条例第三十条；国办函〔2020〕109号"),
    UNCLEAR_WITHOUT_SUPPLEMENT(422, "“补正后申请内容仍不明确”须在收到补正材料之后",
            "Outcome 4.3 requires a supplement to have been received", "条例第三十条"),

    ANSWER_NEEDS_SIGN_OFF(403, "本机关的答复须经负责人签发，请提交签发",
            "In this agency an answer goes out only once the supervisor signs it off: submit it for sign-off", ""),
    SIGN_OFF_NOT_REQUIRED(409, "本机关的答复无需负责人签发，请直接答复",
            "This agency's answers need no sign-off: record the answer", ""),
    ANSWER_AWAITING_SIGN_OFF(409, "已有等待负责人签发的答复", "An answer is already awaiting sign-off", ""),
    NO_ANSWER_AWAITING_SIGN_OFF(409, "没有等待签发的答复", "No answer is awaiting sign-off", ""),
    OUTCOME_NOT_SIGNED_OFF(422, "6.1、6.2 由期限届满而定，不经签发，直接记录",
            "Outcomes 6.1 and 6.2 follow from an expired period: they are recorded, not signed off",
            "条例第三十条；国办函〔2020〕109号"),

    NOT_CLOSED(409, "申请尚未办结", "The application is not closed yet", ""),
    APPEAL_ID_IN_USE(409, "复议或诉讼编号已被使用", "The appeal id is already used", ""),
    UNKNOWN_APPEAL(422, "没有该项复议或诉讼", "No such appeal", ""),
    APPEAL_ALREADY_DECIDED(409, "该复议或诉讼已审结", "The appeal has already been decided", ""),
    RESULT_NOT_FOR_APPEAL_KIND(422, "该结果不适用于此类案件", "This result cannot end this kind of appeal", ""),
    RECONSIDERATION_NOT_DECIDED(409, "复议尚未作出决定，不能复议后起诉",
            "A lawsuit after reconsideration needs the reconsideration decision", "行政诉讼法第四十五条"),

    REPLY_DUE_BEFORE_FILING(422, "答复或答辩期限不能早于立案日期",
            "The reply due date cannot be before the filing date", "行政复议法第四十八条；行政诉讼法第六十七条"),

    UNKNOWN_ALERT(404, "没有该预警", "No such alert", ""),
    ALERT_ALREADY_ACKNOWLEDGED(409, "该预警已确认", "The alert has already been acknowledged", ""),

    CORRECTION_UNCHANGED(422, "更正后的值与原值相同", "The corrected value equals the current one", ""),

    DOCUMENT_NOT_FOUND(404, "文件不存在", "No such document", ""),
    DOCUMENT_ALREADY_ISSUED(409, "该文号的文件已登记", "A document with this number is already recorded", "条例第二十条"),
    DOCUMENT_ALREADY_REPEALED(409, "文件已废止", "The document is already repealed", "条例第二十条"),
    REPEAL_BEFORE_ISSUE(422, "废止日期不能早于制发日期", "A document cannot be repealed before it was issued",
            "条例第二十条"),
    TALLY_VALUE_INVALID(422, "统计数须为非负整数，收费金额须为非负数且不超过两位小数",
            "A count must be a non-negative whole number, an amount non-negative with at most two decimals",
            "条例第二十条");

    private final int status;
    private final String titleZh;
    private final String titleEn;
    private final String basis;

    Rule(int status, String titleZh, String titleEn, String basis) {
        this.status = status;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.basis = basis;
    }

    public int status() {
        return status;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The provision the rule rests on, empty for rules of the API itself. */
    public String basis() {
        return basis;
    }

    /** The problem type's last path segment: {@code SUPPLEMENT_NOTICE_TOO_LATE} → {@code supplement-notice-too-late}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
