package disclosure.query.alerts;

import disclosure.query.position.ReadYourWrites;
import disclosure.statute.LegalTime;
import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ReadYourWrites readYourWrites;

    public AtRiskBoard(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar, Clock clock,
                       ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.readYourWrites = readYourWrites;
    }

    /**
     * One application on the board.
     *
     * @param workingDaysLeft working days from today to the due date; negative when overdue; null if the calendar of
     *                        the due date's year is not loaded
     */
    public record AtRisk(String applicationId, String agency, String caseNumber, String handler, LocalDate answerDue,
                         Integer workingDaysLeft, boolean overdue) {}

    public record Board(LocalDate today, List<AtRisk> applications) {}

    @GetMapping(path = "/api/board", produces = "application/json")
    public Board board(@RequestParam(required = false) String agency,
                       @RequestParam(required = false) String handler,
                       @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                       @RequestParam(required = false) Long minPosition) {
        readYourWrites.awaitPosition(minPosition);
        LocalDate today = LegalTime.today(clock);
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        StringBuilder sql = new StringBuilder("""
                SELECT application_id, agency, case_number, handler, answer_due FROM application_view
                WHERE status = 'OPEN' AND phase = 'RUNNING' AND answer_due IS NOT NULL""");
        if (agency != null) {
            sql.append(" AND agency = :agency");
            params.addValue("agency", agency);
        }
        if (handler != null) {
            sql.append(" AND handler = :handler");
            params.addValue("handler", handler);
        }
        sql.append(" ORDER BY answer_due, case_number, application_id LIMIT :limit");
        List<AtRisk> applications = jdbc.query(sql.toString(), params, (rs, i) -> {
            LocalDate due = rs.getDate("answer_due").toLocalDate();
            return new AtRisk(rs.getString("application_id"), rs.getString("agency"), rs.getString("case_number"),
                    rs.getString("handler"), due, workingDaysLeft(today, due), due.isBefore(today));
        });
        return new Board(today, applications);
    }

    private Integer workingDaysLeft(LocalDate today, LocalDate due) {
        try {
            return due.isBefore(today) ? -calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
        } catch (CalendarYearUnknownException e) {
            return null;
        }
    }
}
