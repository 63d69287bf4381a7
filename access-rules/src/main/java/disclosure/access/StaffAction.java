package disclosure.access;

import java.util.EnumSet;
import java.util.Set;

import static disclosure.access.Role.ADMINISTRATOR;
import static disclosure.access.Role.HANDLER;
import static disclosure.access.Role.INTAKE;
import static disclosure.access.Role.STATISTICIAN;
import static disclosure.access.Role.SUPERVISOR;

/**
 * Everything a member of staff can do, with the roles allowed to do it: the one table the web application and
 * both services consult, so a rule is never written twice.
 */
public enum StaffAction {
    RECEIVE_APPLICATION("登记申请", INTAKE),
    REQUEST_SUPPLEMENT("补正告知", HANDLER, SUPERVISOR),
    RECEIVE_SUPPLEMENT("收到补正材料", HANDLER, SUPERVISOR),
    /** 延长答复期限 (Art 33): the 负责人 approves it, so only they record it. */
    EXTEND_ANSWER_PERIOD("延长答复期限", SUPERVISOR),
    /** 申请延长答复期限: the 承办人 asks, the 负责人 decides ({@link #DECIDE_EXTENSION}). */
    REQUEST_EXTENSION("申请延长答复期限", HANDLER),
    /** 审批延期申请: approving (the extension is then recorded) or declining a 承办人's request. */
    DECIDE_EXTENSION("审批延期申请", SUPERVISOR),
    START_CONSULTATION("征求意见", HANDLER, SUPERVISOR),
    END_CONSULTATION("征求意见结束", HANDLER, SUPERVISOR),
    REQUEST_REASONS("要求说明理由", HANDLER, SUPERVISOR),
    SET_DELAYED_ANSWER_DATE("确定延迟答复期限", SUPERVISOR),
    ISSUE_FEE_NOTICE("收费通知", HANDLER, SUPERVISOR),
    RECORD_FEE_PAYMENT("缴费", HANDLER, SUPERVISOR),
    RECORD_ANSWER("答复", HANDLER, SUPERVISOR),
    /** 签发答复: signing off, or returning, an answer a 承办人 submitted where the agency requires sign-off ({@link SignOff}). */
    SIGN_OFF_ANSWER("签发答复", SUPERVISOR),
    WITHDRAW_APPLICATION("撤回申请", HANDLER, SUPERVISOR),
    FILE_APPEAL("复议、诉讼立案", HANDLER, SUPERVISOR),
    DECIDE_APPEAL("复议决定、诉讼裁判", HANDLER, SUPERVISOR),
    CORRECT("更正", HANDLER, SUPERVISOR),
    IMPORT_LEDGER("导入台账", ADMINISTRATOR),
    VIEW_APPLICATIONS("查看申请", INTAKE, HANDLER, SUPERVISOR, STATISTICIAN),
    /** Unmasked ID numbers, phones, addresses (个人信息保护法): only who must contact or identify the applicant. */
    VIEW_PERSONAL_DATA("查看完整个人信息", INTAKE, HANDLER, SUPERVISOR),
    VIEW_BOARD("查看预警", HANDLER, SUPERVISOR),
    /** 预警已阅: who saw an alert, recorded in the log. */
    ACKNOWLEDGE_ALERT("确认预警", HANDLER, SUPERVISOR),
    /** 审批: the extensions and answers waiting for the 负责人. */
    VIEW_APPROVALS("查看待审批事项", SUPERVISOR),
    VIEW_REPORTS("查看年度报告", STATISTICIAN, SUPERVISOR),
    /** 编制年度报告: the prose of parts 一, 五, 六 and numbered drafts (条例 Art 49–50). */
    COMPILE_REPORT("编制年度报告", STATISTICIAN),
    /** 主动公开情况 (table 二): documents issued and repealed, monthly tallies. */
    RECORD_PROACTIVE_DISCLOSURE("录入主动公开情况", STATISTICIAN),
    MANAGE_USERS("管理用户和机关", ADMINISTRATOR);

    private final String label;
    private final Set<Role> roles;

    StaffAction(String label, Role first, Role... rest) {
        this.label = label;
        this.roles = EnumSet.of(first, rest);
    }

    public String label() {
        return label;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean allowedTo(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
