package disclosure.query.alerts;

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

    @GetMapping(path = "/api/board", produces = "application/json")
    public Board board(@RequestParam(required = false) String agency,
                       @RequestParam(required = false) String handler,
                       @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                       @RequestParam(required = false) Long minPosition) {
        readYourWrites.awaitPosition(minPosition);
        LocalDate today = LegalTime.today(clock);
        return new Board(today, atRisk.running(agency, handler, null, null, today, limit));
    }
}
