package disclosure.query.alerts;

import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Open applications whose answer clock is counting, by due date, as seen on a given day: for the at-risk board and
 * the daily digest. Read from {@code application_view}: the applications as they stand now.
 */
@Component
public class AtRiskApplications {
    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;

    public AtRiskApplications(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * One application at risk.
     *
     * @param workingDaysLeft working days from the day looked from to the due date; negative when overdue; null if the
     *                        calendar of the due date's year is not loaded
     */
    public record AtRisk(String applicationId, String agency, String caseNumber, String handler, LocalDate answerDue,
                         Integer workingDaysLeft, boolean overdue) {}

    /**
     * @param agency  only this agency's, or all
     * @param handler only this handler's, or all
     * @param dueFrom only those due on or after this day, or also the overdue ones (null)
     * @param dueBy   only those due on or before this day, or all (null)
     * @param asOf    the day from which working days left are counted
     */
    public List<AtRisk> running(String agency, String handler, LocalDate dueFrom, LocalDate dueBy, LocalDate asOf,
                                int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        String sql = "SELECT application_id, agency, case_number, handler, answer_due FROM application_view"
                + where(agency, handler, params)
                + (dueFrom == null ? "" : " AND answer_due >= :dueFrom")
                + (dueBy == null ? "" : " AND answer_due <= :dueBy")
                + " ORDER BY answer_due, case_number, application_id LIMIT :limit";
        params.addValue("dueFrom", dueFrom == null ? null : Date.valueOf(dueFrom));
        params.addValue("dueBy", dueBy == null ? null : Date.valueOf(dueBy));
        return jdbc.query(sql, params, (rs, i) -> {
            LocalDate due = rs.getDate("answer_due").toLocalDate();
            return new AtRisk(rs.getString("application_id"), rs.getString("agency"), rs.getString("case_number"),
                    rs.getString("handler"), due, workingDaysLeft(asOf, due), due.isBefore(asOf));
        });
    }

    /** How many of the agency's applications were past their due date on {@code asOf}. */
    public long overdue(String agency, LocalDate asOf) {
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", Date.valueOf(asOf));
        Long count = jdbc.queryForObject("SELECT count(*) FROM application_view" + where(agency, null, params)
                + " AND answer_due < :asOf", params, Long.class);
        return count == null ? 0 : count;
    }

    private static String where(String agency, String handler, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(
                " WHERE status = 'OPEN' AND phase = 'RUNNING' AND answer_due IS NOT NULL");
        if (agency != null) {
            where.append(" AND agency = :agency");
            params.addValue("agency", agency);
        }
        if (handler != null) {
            where.append(" AND handler = :handler");
            params.addValue("handler", handler);
        }
        return where.toString();
    }

    private Integer workingDaysLeft(LocalDate asOf, LocalDate due) {
        try {
            return due.isBefore(asOf) ? -calendar.workingDaysBetween(due, asOf)
                    : calendar.workingDaysBetween(asOf, due);
        } catch (CalendarYearUnknownException e) {
            return null;
        }
    }
}
