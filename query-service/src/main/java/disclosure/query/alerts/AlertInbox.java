package disclosure.query.alerts;

import io.swagger.v3.oas.annotations.Parameter;
import disclosure.access.service.Requires;
import disclosure.access.service.AgencyScope;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffAction;
import disclosure.query.alerts.InboxAlerts.InboxAlert;
import disclosure.query.alerts.InboxAlerts.Selection;
import disclosure.query.alerts.InboxAlerts.State;
import disclosure.query.http.InvalidQueryException;
import disclosure.query.position.ReadYourWrites;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * 预警收件箱: the alerts of one handler's applications, or of one agency, each unread or acknowledged (已阅, by the
 * command {@code POST /api/applications/{id}/alerts/{alertId}/acknowledge} on command-service), newest first.
 */
@RestController
@Validated
public class AlertInbox {
    private final InboxAlerts alerts;
    private final ReadYourWrites readYourWrites;

    public AlertInbox(InboxAlerts alerts, ReadYourWrites readYourWrites) {
        this.alerts = alerts;
        this.readYourWrites = readYourWrites;
    }

    /**
     * @param unread       unread alerts of the handler / agency, whatever {@code state} asked for
     * @param acknowledged acknowledged ones, likewise
     * @param alerts       the page asked for
     */
    public record Inbox(String handler, String agency, State state, long unread, long acknowledged, int page,
                        int size, List<InboxAlert> alerts) {}

    @Requires(StaffAction.VIEW_BOARD)
    @GetMapping(path = "/api/inbox", produces = "application/json")
    public Inbox inbox(@Parameter(hidden = true) StaffIdentity staff,
                       @RequestParam(required = false) String handler,
                       @RequestParam(name = "agency", required = false) String requestedAgency,
                       @RequestParam(required = false) State state,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                       @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        if (blank(handler) && blank(agency)) {
            throw new InvalidQueryException("请指定 handler（承办人）或 agency（机关），查看其预警",
                    "give handler or agency: whose alerts to show");
        }
        readYourWrites.awaitPosition(minPosition);
        Selection selection = new Selection(blank(agency) ? null : agency, blank(handler) ? null : handler, null, null);
        InboxAlerts.Counts counts = alerts.counts(selection);
        return new Inbox(selection.handler(), selection.agency(), state, counts.unread(), counts.acknowledged(), page,
                size, alerts.list(selection, state, size, (long) page * size));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
