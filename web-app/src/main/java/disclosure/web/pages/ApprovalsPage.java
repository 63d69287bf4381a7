package disclosure.web.pages;

import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.web.backend.QueryApi;
import disclosure.web.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 审批 (负责人): the open applications of the agency whose answer falls due within {@link #DUE_WITHIN} working days and
 * may still be extended (条例第三十三条: once, by up to 20 working days, approved by the 负责人), each with the
 * extension form; the 负责人 records the extension with themselves as approver. The command side has no request /
 * approval workflow yet (a handler cannot ask for an extension, and no answer waits for sign-off), so this page
 * lists candidates rather than requests.
 */
@Controller
public class ApprovalsPage {
    /** How far ahead, in working days, an application counts as a candidate for extension. */
    static final int DUE_WITHIN = 10;
    private static final int MAX_SHOWN = 20;

    private final QueryApi queries;

    public ApprovalsPage(QueryApi queries) {
        this.queries = queries;
    }

    /** One application that may be extended now, with the version its form acts on. */
    public record Candidate(QueryApi.Summary application, Integer workingDaysLeft) {}

    @GetMapping("/approvals")
    String approvals(Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_APPROVALS);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("agency", staff.agency());
        filters.put("status", "OPEN");
        filters.put("dueWithin", DUE_WITHIN);
        filters.put("order", "URGENCY");
        filters.put("size", MAX_SHOWN);
        List<Candidate> candidates = queries.list(filters).items().stream()
                .map(summary -> queries.detail(summary.applicationId(), false, null))
                .filter(detail -> new CaseState(detail).offered(staff, CaseAction.EXTEND, null))
                .map(detail -> new Candidate(detail.application(), detail.clock().workingDaysLeft()))
                .toList();
        model.addAttribute("candidates", candidates);
        model.addAttribute("dueWithin", DUE_WITHIN);
        model.addAttribute("extension", CaseAction.EXTEND);
        return "approvals";
    }
}
