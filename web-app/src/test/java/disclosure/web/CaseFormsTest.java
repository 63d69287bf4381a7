package disclosure.web;

import disclosure.access.Role;
import disclosure.statute.LegalTime;
import disclosure.web.support.Intake;
import disclosure.web.support.RunningServices;
import disclosure.web.support.StaffSession;
import disclosure.web.support.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms of 案件详情 added after phase A: 更正收到申请日期, 复议后起诉 against a decided reconsideration; 审批 — a
 * 承办人's request for an extension decided by the 负责人 on the 审批 page, a direct extension on the case, and where the
 * agency requires it, the 承办人's answer submitted for the 负责人's sign-off instead of recorded.
 */
class CaseFormsTest extends WebAppTest {
    private static final String AGENCY = "某市文化和旅游局";
    private static final LocalDate TODAY = LegalTime.today(Clock.systemUTC());

    private StaffSession handler;

    @BeforeEach
    void staff() {
        agency(AGENCY);
        user("intake.forms", "登记员辰", AGENCY, Role.INTAKE);
        user("handler.forms", "承办人辰", AGENCY, Role.HANDLER);
        user("boss.forms", "负责人辰", AGENCY, Role.SUPERVISOR);
        handler = loggedIn("handler.forms");
    }

    private String registered(LocalDate handedInOn, String what) {
        return Intake.register(loggedIn("intake.forms"), Intake.form(handedInOn, "110101199204040011", what));
    }

    /** Posts an action of the case page and answers the page it comes back to. */
    private String act(StaffSession staff, String id, String slug, Map<String, String> form) {
        staff.get("/cases/" + id);
        HttpResponse<String> response = staff.post("/cases/" + id + "/actions/" + slug, form);
        return staff.follow(response).body();
    }

    private static String target(String page, String slug) {
        Matcher target = Pattern.compile("data-action=\"" + slug + "\"[\\s\\S]*?name=\"target\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(target.find()).as(slug + " is offered").isTrue();
        return target.group(1);
    }

    @Test
    void theReceiptDateIsCorrectedWithAReason() {
        String id = registered(TODAY, "本局2025年文物保护经费");
        String earlier = TODAY.minusDays(3).toString();
        String page = act(handler, id, "correct-receipt-date", Map.of("channelDates.handedInOn", earlier,
                "reason", "登记时误填提交日期"));
        assertThat(page).contains("已更正收到申请日期").contains("<td>" + earlier + "</td>");
    }

    @Test
    void aCorrectionWithoutItsDateIsRefusedInTheServicesWordsAndChangesNothing() {
        String id = registered(TODAY, "本局2025年演出审批");
        String page = act(handler, id, "correct-receipt-date", Map.of("reason", "误填"));
        assertThat(page).contains("更正收到申请日期未成功").contains("<td>" + TODAY + "</td>");
    }

    @Test
    void aLawsuitAfterADecidedReconsiderationNamesThatReconsideration() {
        String id = registered(TODAY, "本局2025年旅游投诉处理结果");
        act(handler, id, "answer", Map.of("outcome", "1", "legalBasis", "条例第三十六条第一项",
                "answeredOn", TODAY.toString()));
        String filed = act(handler, id, "reconsideration", Map.of("filedOn", TODAY.toString(), "reviewBody", "某市人民政府"));
        assertThat(filed).doesNotContain("data-action=\"lawsuit-after-reconsideration\"");
        String decided = act(handler, id, "reconsideration-decision", Map.of("target",
                target(filed, "reconsideration-decision"), "result", "UPHELD", "decidedOn", TODAY.toString()));
        String sued = act(handler, id, "lawsuit-after-reconsideration", Map.of("target",
                target(decided, "lawsuit-after-reconsideration"), "filedOn", TODAY.toString(), "court", "某市中级人民法院"));
        assertThat(sued).contains("已复议后行政诉讼立案").contains("行政诉讼立案")
                .doesNotContain("data-action=\"lawsuit-after-reconsideration\"");
    }

    @Test
    void aHandlersExtensionRequestIsDecidedOnTheApprovalsPage() {
        String id = registered(TODAY.minusDays(21), "本局2025年景区门票收入");
        String asked = act(handler, id, "extension-request", Map.of("workingDays", "10", "reason", "需调取多年档案"));
        assertThat(asked).contains("已申请延期").contains("申请延长答复期限")
                .doesNotContain("data-action=\"extension-request\"");
        assertThat(handler.get("/approvals").statusCode()).isEqualTo(403);
        assertThat(handler.post("/cases/" + id + "/actions/extension-approval", Map.of("decidedOn",
                TODAY.toString())).statusCode()).isEqualTo(403);

        StaffSession supervisor = loggedIn("boss.forms");
        String approvals = supervisor.get("/approvals").body();
        assertThat(approvals).contains("/cases/" + id).contains("需调取多年档案").contains("handler.forms");
        assertThat(supervisor.get("/cases/" + id).body()).contains("data-action=\"extension-approval\"")
                .doesNotContain("data-action=\"extension\"");
        String refused = supervisor.follow(supervisor.post("/cases/" + id + "/actions/extension-decline",
                Map.of("from", "approvals", "reason", " "))).body();
        assertThat(refused).contains("不批准延期未成功").contains("/cases/" + id);
        String approved = supervisor.follow(supervisor.post("/cases/" + id + "/actions/extension-approval",
                Map.of("from", "approvals", "decidedOn", TODAY.toString()))).body();
        assertThat(approved).contains("已批准延期").contains("没有待审批的延期申请").doesNotContain("/cases/" + id);
        assertThat(handler.get("/cases/" + id).body()).contains("批准延期申请").contains("延长答复期限")
                .doesNotContain("data-action=\"extension-request\"");
    }

    @Test
    void theSupervisorMayStillExtendDirectlyOnTheCase() {
        String id = registered(TODAY.minusDays(21), "本局2025年导游资格考试成绩");
        StaffSession supervisor = loggedIn("boss.forms");
        String page = act(supervisor, id, "extension", Map.of("workingDays", "10", "decidedOn", TODAY.toString(),
                "reason", "需调取多年档案"));
        assertThat(page).contains("已延长答复期限").doesNotContain("data-action=\"extension\"");
        assertThat(handler.get("/cases/" + id).body()).doesNotContain("data-action=\"extension-request\"");
    }

    @Test
    void whereTheAgencyRequiresSignOffTheHandlerSubmitsTheAnswerInsteadOfRecordingIt() {
        agency(RunningServices.SIGN_OFF_AGENCY);
        user("intake.signing", "登记员签", RunningServices.SIGN_OFF_AGENCY, Role.INTAKE);
        user("handler.signing", "承办人签", RunningServices.SIGN_OFF_AGENCY, Role.HANDLER);
        user("boss.signing", "负责人签", RunningServices.SIGN_OFF_AGENCY, Role.SUPERVISOR);
        String id = Intake.register(loggedIn("intake.signing"), Intake.form(TODAY, "110101199204040022",
                "本局2025年建设用地规划许可目录"));
        StaffSession signingHandler = loggedIn("handler.signing");
        String page = signingHandler.get("/cases/" + id).body();
        assertThat(page).contains("data-action=\"answer-draft\"").doesNotContain("data-action=\"answer\"");
        String refused = act(signingHandler, id, "answer", Map.of("outcome", "1", "legalBasis", "条例第三十六条",
                "answeredOn", TODAY.toString()));
        assertThat(refused).contains("当前状态下不能答复");
        String submitted = act(signingHandler, id, "answer-draft", Map.of("outcome", "1", "legalBasis",
                "条例第三十六条第二项", "answeredOn", TODAY.toString(), "summary", "提供目录"));
        assertThat(submitted).contains("已提交签发").contains("办理中").doesNotContain("data-action=\"answer-draft\"");

        StaffSession signingSupervisor = loggedIn("boss.signing");
        assertThat(signingSupervisor.get("/cases/" + id).body()).contains("data-action=\"answer\"")
                .contains("data-action=\"answer-sign-off\"");
        String signed = signingSupervisor.follow(signingSupervisor.post("/cases/" + id + "/actions/answer-sign-off",
                Map.of("from", "approvals", "answeredOn", TODAY.toString()))).body();
        assertThat(signed).contains("已签发答复").contains("没有待签发的答复");
        assertThat(signingHandler.get("/cases/" + id).body()).contains("已办结").contains("签发答复")
                .contains("boss.signing");
    }
}
