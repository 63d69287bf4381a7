package disclosure.web.pages;

import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.web.backend.QueryApi;
import disclosure.web.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 预警: the at-risk board — open applications whose answer clock is counting, overdue first, then by working days
 * left. (The alert inbox joins this page when the alerts read model lands.)
 */
@Controller
public class BoardPage {
    private final QueryApi queries;

    public BoardPage(QueryApi queries) {
        this.queries = queries;
    }

    @GetMapping("/alerts")
    String board(Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_BOARD);
        model.addAttribute("board", queries.board(staff.agency(), null));
        return "alerts";
    }
}
