package disclosure.query.alerts;

import io.swagger.v3.oas.annotations.Parameter;
import disclosure.access.service.Requires;
import disclosure.access.service.AgencyScope;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffAction;
import disclosure.query.alerts.AtRiskApplications.AtRisk;
import disclosure.query.position.ReadYourWrites;
import disclosure.statute.LegalTime;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 风险看板: open applications whose answer clock is counting, the most urgent first — overdue ones, then by working
 * days left — for a supervisor to see what is at risk.
 */
@RestController
@Validated
public class AtRiskBoard {
    private final AtRiskApplications atRisk;
    private final Clock clock;
    private final ReadYourWrites readYourWrites;

    public AtRiskBoard(AtRiskApplications atRisk, Clock clock, ReadYourWrites readYourWrites) {
        this.atRisk = atRisk;
        this.clock = clock;
        this.readYourWrites = readYourWrites;
    }

    public record Board(LocalDate today, List<AtRisk> applications) {}

    @Requires(StaffAction.VIEW_BOARD)
    @GetMapping(path = "/api/board", produces = "application/json")
    public Board board(@Parameter(hidden = true) StaffIdentity staff,
                       @RequestParam(name = "agency", required = false) String requestedAgency,
                       @RequestParam(required = false) String handler,
                       @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                       @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        readYourWrites.awaitPosition(minPosition);
        LocalDate today = LegalTime.today(clock);
        return new Board(today, atRisk.running(agency, handler, null, null, today, limit));
    }
}
