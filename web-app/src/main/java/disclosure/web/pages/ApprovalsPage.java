package disclosure.web.pages;

import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.web.backend.QueryApi;
import disclosure.web.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 审批 (负责人): what waits for the 负责人 of the agency (query-service {@code GET /api/approvals}) — 承办人's requests to
 * extend an answer period (条例第三十三条), with 批准 and 不批准 (with the reason), and answers submitted for sign-off,
 * with 签发 and 退回 (with the reason). Each decision is an action of the case ({@link CaseAction}), posted to the
 * case's action endpoint as the case page posts it, and comes back here once the list reflects it.
 */
@Controller
public class ApprovalsPage {
    private final QueryApi queries;

    public ApprovalsPage(QueryApi queries) {
        this.queries = queries;
    }

    @GetMapping("/approvals")
    String approvals(@RequestParam(required = false) Long minPosition, Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_APPROVALS);
        model.addAttribute("approvals", queries.approvals(staff.agency(), minPosition));
        model.addAttribute("from", CaseDetailPage.FROM_APPROVALS);
        model.addAttribute("approve", CaseAction.APPROVE_EXTENSION);
        model.addAttribute("decline", CaseAction.DECLINE_EXTENSION);
        model.addAttribute("signOff", CaseAction.SIGN_OFF_ANSWER);
        model.addAttribute("giveBack", CaseAction.RETURN_ANSWER);
        return "approvals";
    }
}
