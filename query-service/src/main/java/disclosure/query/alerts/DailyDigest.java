package disclosure.query.alerts;

import io.swagger.v3.oas.annotations.Parameter;
import disclosure.access.service.Requires;
import disclosure.access.service.AgencyScope;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffAction;
import disclosure.query.alerts.AtRiskApplications.AtRisk;
import disclosure.query.alerts.InboxAlerts.InboxAlert;
import disclosure.query.alerts.InboxAlerts.Selection;
import disclosure.query.position.ReadYourWrites;
import disclosure.statute.LegalTime;
import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 每日预警摘要: for one agency and one day, what alerts fired that day, which applications fall due in the next
 * working days, how many are overdue and how many alerts are still unread. Alerts are as recorded; the applications
 * and acknowledgements as they stand now.
 */
@RestController
@Validated
public class DailyDigest {
    private static final int MAX_ITEMS = 1000;

    private final InboxAlerts alerts;
    private final AtRiskApplications atRisk;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ReadYourWrites readYourWrites;

    public DailyDigest(InboxAlerts alerts, AtRiskApplications atRisk, WorkingDayCalendar calendar, Clock clock,
                       ReadYourWrites readYourWrites) {
        this.alerts = alerts;
        this.atRisk = atRisk;
        this.calendar = calendar;
        this.clock = clock;
        this.readYourWrites = readYourWrites;
    }

    /**
     * @param fired          the alerts recorded on {@code date} (Beijing time), newest first
     * @param dueWithin      the working days {@code dueSoon} looks ahead
     * @param dueSoon        open applications due from {@code date} to {@code dueWithin} working days after it
     * @param overdue        open applications whose answer was due before {@code date}
     * @param unacknowledged alerts recorded up to {@code date} that nobody has acknowledged
     */
    public record Digest(String agency, LocalDate date, List<InboxAlert> fired, int dueWithin, List<AtRisk> dueSoon,
                         long overdue, long unacknowledged) {}

    @Requires(StaffAction.VIEW_BOARD)
    @GetMapping(path = "/api/digest", produces = "application/json")
    public Digest digest(@Parameter(hidden = true) StaffIdentity staff,
                         @RequestParam String agency,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         @RequestParam(defaultValue = "5") @Min(1) @Max(60) int dueWithin,
                         @RequestParam(required = false) Long minPosition) {
        AgencyScope.require(staff, agency);
        readYourWrites.awaitPosition(minPosition);
        LocalDate day = date != null ? date : LegalTime.today(clock);
        List<InboxAlert> fired = alerts.list(new Selection(agency, null, day, null), null, MAX_ITEMS, 0);
        List<AtRisk> dueSoon = atRisk.running(agency, null, day, dueBy(day, dueWithin), day, MAX_ITEMS);
        long unacknowledged = alerts.counts(new Selection(agency, null, null, day)).unread();
        return new Digest(agency, day, fired, dueWithin, dueSoon, atRisk.overdue(agency, day), unacknowledged);
    }

    private LocalDate dueBy(LocalDate day, int workingDays) {
        try {
            return calendar.addWorkingDays(day, workingDays);
        } catch (CalendarYearUnknownException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
