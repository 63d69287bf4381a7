package disclosure.web.pages;

import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.web.backend.QueryApi;
import disclosure.web.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 我的案件 / 全部案件: the applications of the user's agency (every agency for 全市), most urgent first — overdue
 * ones at the top — with the working days left as a coloured countdown, filters, and search by case number,
 * applicant or requested text. 我的案件 are those the user acted on last.
 */
@Controller
public class CaseListPage {
    static final int PAGE_SIZE = 50;

    private final QueryApi queries;

    public CaseListPage(QueryApi queries) {
        this.queries = queries;
    }

    @GetMapping("/cases/mine")
    String mine(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) Long minPosition, Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_APPLICATIONS);
        return list(staff, staff.userId(), q, status, overdue, page, minPosition, model.addAttribute("mine", true));
    }

    @GetMapping("/cases")
    String all(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
               @RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
               @RequestParam(required = false) Long minPosition, Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_APPLICATIONS);
        return list(staff, null, q, status, overdue, page, minPosition, model.addAttribute("mine", false));
    }

    private String list(StaffIdentity staff, String handler, String q, String status, Boolean overdue, int page,
                        Long minPosition, Model model) {
        String statusFilter = "OPEN".equals(status) || "CLOSED".equals(status) ? status : null;
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("agency", staff.agency());
        filters.put("handler", handler);
        filters.put("q", q == null ? null : q.strip());
        filters.put("status", statusFilter);
        filters.put("overdue", Boolean.TRUE.equals(overdue) ? true : null);
        filters.put("order", "URGENCY");
        filters.put("page", Math.max(page, 0));
        filters.put("size", PAGE_SIZE);
        filters.put("minPosition", minPosition);
        model.addAttribute("result", queries.list(filters));
        model.addAttribute("q", q);
        model.addAttribute("status", statusFilter);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        model.addAttribute("page", Math.max(page, 0));
        return "cases";
    }
}
