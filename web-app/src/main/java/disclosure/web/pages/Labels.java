package disclosure.web.pages;

import disclosure.access.Role;
import disclosure.statute.LegalTime;
import disclosure.statute.appeal.AppealResult;
import disclosure.statute.clock.ClockPhase;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.outcome.Outcome;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The Chinese words pages show for the codes the services answer with ({@code ${@labels.outcome('2')}}). */
@Component("labels")
public class Labels {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(LegalTime.ZONE);
    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("ApplicationReceived", "登记申请"),
            Map.entry("SupplementRequested", "补正告知"),
            Map.entry("SupplementReceived", "收到补正材料"),
            Map.entry("SupplementPeriodExpired", "逾期未补正"),
            Map.entry("AnswerPeriodExtended", "延长答复期限"),
            Map.entry("ExtensionRequested", "申请延长答复期限"),
            Map.entry("ExtensionApproved", "批准延期申请"),
            Map.entry("ExtensionDeclined", "不批准延期申请"),
            Map.entry("ConsultationStarted", "征求意见"),
            Map.entry("ConsultationEnded", "征求意见结束"),
            Map.entry("ReasonsRequested", "要求说明理由"),
            Map.entry("DelayedAnswerDateSet", "确定延迟答复期限"),
            Map.entry("FeeNoticeIssued", "收费通知"),
            Map.entry("FeePaid", "缴费"),
            Map.entry("FeePaymentExpired", "逾期未缴费"),
            Map.entry("AnswerSubmittedForSignOff", "提交签发"),
            Map.entry("AnswerReturned", "退回答复"),
            Map.entry("AnswerSignedOff", "签发答复"),
            Map.entry("AnswerRecorded", "答复"),
            Map.entry("ApplicationWithdrawn", "撤回申请"),
            Map.entry("ApplicantCategoryCorrected", "更正申请人类别"),
            Map.entry("ReceiptDateCorrected", "更正收到申请日期"),
            Map.entry("OutcomeCorrected", "更正办理结果"),
            Map.entry("ReconsiderationFiled", "行政复议立案"),
            Map.entry("ReconsiderationDecided", "行政复议决定"),
            Map.entry("LawsuitFiled", "行政诉讼立案"),
            Map.entry("LawsuitDecided", "行政诉讼裁判"),
            Map.entry("AnswerDueSoon", "预警：答复期限将至"),
            Map.entry("AnswerOverdue", "预警：已超过答复期限"),
            Map.entry("SupplementNoticeWindowClosing", "预警：补正告知期限将至"));

    public String event(String type) {
        return EVENTS.getOrDefault(type, type);
    }

    /** An instant as Beijing time, to the minute. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String channel(String code) {
        return code == null ? "" : Channel.valueOf(code).label();
    }

    public String category(String code) {
        return code == null ? "" : ApplicantCategory.valueOf(code).label();
    }

    /** The outcome's row of table 三, with its code: "3.4 保护第三方合法权益". */
    public String outcome(String code) {
        return code == null ? "" : Outcome.findByCode(code).map(o -> o.code() + " " + o.label()).orElse(code);
    }

    public String phase(String phase) {
        return phase == null ? "" : ClockPhase.valueOf(phase).label();
    }

    public String status(String status) {
        return "OPEN".equals(status) ? "办理中" : "已办结";
    }

    public String timeliness(String timeliness) {
        return "LATE".equals(timeliness) ? "逾期答复" : "ON_TIME".equals(timeliness) ? "按期答复" : "";
    }

    public String role(Role role) {
        return role.label();
    }

    public List<Channel> channels() {
        return List.of(Channel.values());
    }

    public List<ApplicantCategory> categories() {
        return List.of(ApplicantCategory.values());
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    /** The outcome picker, in the table's own wording and order. */
    public List<Outcome> outcomes() {
        return List.of(Outcome.values());
    }

    public List<AppealResult> appealResults() {
        return Arrays.asList(AppealResult.values());
    }
}
