package disclosure.web;

import disclosure.access.Role;
import disclosure.statute.LegalTime;
import disclosure.web.support.Intake;
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
 * The forms of 案件详情 added after phase A: 更正收到申请日期, 复议后起诉 against a decided reconsideration, and the
 * 审批 page where the 负责人 approves an extension of an application falling due.
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
    void theSupervisorApprovesAnExtensionOfAnApplicationFallingDue() {
        String id = registered(TODAY.minusDays(21), "本局2025年景区门票收入");
        StaffSession supervisor = loggedIn("boss.forms");
        assertThat(supervisor.get("/approvals").body()).contains("/cases/" + id);
        assertThat(handler.get("/approvals").statusCode()).isEqualTo(403);
        supervisor.get("/approvals");
        String page = supervisor.follow(supervisor.post("/cases/" + id + "/actions/extension", Map.of(
                "workingDays", "10", "decidedOn", TODAY.toString(), "reason", "需调取多年档案"))).body();
        assertThat(page).contains("已延长答复期限");
        assertThat(supervisor.get("/approvals").body()).doesNotContain("/cases/" + id);
    }
}
