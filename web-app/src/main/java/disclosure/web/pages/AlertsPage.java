package disclosure.web.pages;

import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.statute.LegalTime;
import disclosure.web.backend.BackendException;
import disclosure.web.backend.CommandApi;
import disclosure.web.backend.QueryApi;
import disclosure.web.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * 预警: the alert inbox (预警收件箱) — the user's own alerts or the whole agency's, unread or acknowledged — with
 * 确认 (已阅) on each, next to the at-risk board (open applications whose answer clock counts, overdue first) and the
 * agency's daily digest (每日预警摘要) of a chosen day. An acknowledgement is recorded on command-service and the page
 * comes back once the inbox reflects it (read-your-writes).
 */
@Controller
public class AlertsPage {
    private static final String ID = "[A-Za-z0-9._:-]{1,64}";
    private static final Set<String> STATES = Set.of("UNREAD", "ACKNOWLEDGED");

    private final QueryApi queries;
    private final CommandApi commands;
    private final Clock clock;

    public AlertsPage(QueryApi queries, CommandApi commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * @param scope {@code mine} (the alerts of the applications this user handles) or {@code agency}
     * @param state {@code UNREAD}, {@code ACKNOWLEDGED} or empty for all
     * @param date  the digest's day, today if empty
     */
    @GetMapping("/alerts")
    String alerts(@RequestParam(defaultValue = "mine") String scope, @RequestParam(required = false) String state,
                  @RequestParam(required = false) String date, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(required = false) Long minPosition, Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_BOARD);
        boolean mine = !"agency".equals(scope);
        String shownState = state != null && STATES.contains(state) ? state : null;
        LocalDate day = digestDate(date, model);
        model.addAttribute("inbox", queries.inbox(mine ? staff.userId() : null, staff.agency(), shownState,
                Math.max(0, page), minPosition));
        model.addAttribute("board", queries.board(staff.agency(), minPosition));
        model.addAttribute("digest", staff.agency() == null ? null : queries.digest(staff.agency(), day, minPosition));
        model.addAttribute("scope", mine ? "mine" : "agency");
        model.addAttribute("state", shownState);
        model.addAttribute("date", day);
        model.addAttribute("mayAcknowledge", staff.may(StaffAction.ACKNOWLEDGE_ALERT));
        return "alerts";
    }

    /** 确认（已阅）: records that this user saw the alert; a second acknowledgement is refused in the service's words. */
    @PostMapping("/alerts/{applicationId}/{alertId}/acknowledge")
    String acknowledge(@PathVariable String applicationId, @PathVariable String alertId,
                       @RequestParam(defaultValue = "mine") String scope, @RequestParam(required = false) String state,
                       RedirectAttributes redirect) {
        CurrentStaff.require(StaffAction.ACKNOWLEDGE_ALERT);
        if (!applicationId.matches(ID) || !alertId.matches(ID)) {
            throw new PageNotFoundException("没有这条预警");
        }
        CurrentStaff.require(StaffAction.ACKNOWLEDGE_ALERT,
                queries.detail(applicationId, false, null).application().agency());
        String back = "redirect:/alerts?scope=" + ("agency".equals(scope) ? "agency" : "mine")
                + (state != null && STATES.contains(state) ? "&state=" + state : "");
        try {
            CommandApi.Accepted accepted = commands.sendWithoutBody("/" + applicationId + "/alerts/" + alertId
                    + "/acknowledge");
            redirect.addFlashAttribute("message", "已确认预警（已阅）");
            return back + "&minPosition=" + accepted.position();
        } catch (BackendException e) {
            redirect.addFlashAttribute("error", "确认未成功：" + e.getMessage());
            return back;
        }
    }

    private LocalDate digestDate(String date, Model model) {
        LocalDate today = LegalTime.today(clock);
        if (date == null || date.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(date.strip());
            if (day.isAfter(today)) {
                model.addAttribute("error", "摘要日期“" + date.strip() + "”晚于今天，已显示今天的摘要");
                return today;
            }
            return day;
        } catch (DateTimeParseException e) {
            model.addAttribute("error", "摘要日期“" + date.strip() + "”不是有效日期（应为 YYYY-MM-DD），已显示今天的摘要");
            return today;
        }
    }
}
