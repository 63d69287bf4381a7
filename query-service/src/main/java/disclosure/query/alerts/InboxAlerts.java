package disclosure.query.alerts;

import disclosure.contract.alert.AlertKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code alert_inbox} with the application's agency, case number and current handler. */
@Component
public class InboxAlerts {
    private final NamedParameterJdbcTemplate jdbc;

    public InboxAlerts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Unread (未读) or acknowledged (已阅). */
    public enum State { UNREAD, ACKNOWLEDGED }

    /**
     * One alert as staff see it.
     *
     * @param label           the kind in Chinese
     * @param handler         the application's handler now (承办人: who last acted on it)
     * @param workingDaysLeft working days left to {@code dueDate} when it fired; null for overdue and closings
     * @param position        of the alert's event
     */
    public record InboxAlert(String alertId, AlertKind kind, String label, String applicationId, String caseNumber,
                             String agency, String handler, LocalDate dueDate, Integer workingDaysLeft,
                             String appealId, Instant firedAt, long position, State state, String acknowledgedBy,
                             Instant acknowledgedAt) {}

    /**
     * Which alerts: those of one agency and/or of one handler's applications, fired on {@code firedOn} or on or
     * before {@code firedUpTo} (Beijing dates), each condition left out when null.
     */
    public record Selection(String agency, String handler, LocalDate firedOn, LocalDate firedUpTo) {}

    public record Counts(long unread, long acknowledged) {}

    /** The selected alerts in a state (or all), newest first. */
    public List<InboxAlert> list(Selection selection, State state, int limit, long offset) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        String where = where(selection, params);
        if (state != null) {
            where += state == State.UNREAD ? " AND a.acknowledged_by IS NULL" : " AND a.acknowledged_by IS NOT NULL";
        }
        return jdbc.query("""
                SELECT a.*, v.agency, v.case_number, v.handler
                FROM alert_inbox a JOIN application_view v ON v.application_id = a.application_id"""
                + where + " ORDER BY a.fired_at DESC, a.position DESC LIMIT :limit OFFSET :offset", params,
                (rs, i) -> alert(rs));
    }

    public Counts counts(Selection selection) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForObject("""
                SELECT count(*) FILTER (WHERE a.acknowledged_by IS NULL),
                       count(*) FILTER (WHERE a.acknowledged_by IS NOT NULL)
                FROM alert_inbox a JOIN application_view v ON v.application_id = a.application_id"""
                + where(selection, params), params, (rs, i) -> new Counts(rs.getLong(1), rs.getLong(2)));
    }

    private static String where(Selection selection, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        if (selection.agency() != null) {
            conditions.add("v.agency = :agency");
            params.addValue("agency", selection.agency());
        }
        if (selection.handler() != null) {
            conditions.add("v.handler = :handler");
            params.addValue("handler", selection.handler());
        }
        if (selection.firedOn() != null) {
            conditions.add("a.fired_on = :firedOn");
            params.addValue("firedOn", Date.valueOf(selection.firedOn()));
        }
        if (selection.firedUpTo() != null) {
            conditions.add("a.fired_on <= :firedUpTo");
            params.addValue("firedUpTo", Date.valueOf(selection.firedUpTo()));
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static InboxAlert alert(ResultSet rs) throws SQLException {
        AlertKind kind = AlertKind.valueOf(rs.getString("kind"));
        Timestamp acknowledgedAt = rs.getTimestamp("acknowledged_at");
        return new InboxAlert(rs.getString("alert_id"), kind, kind.label(), rs.getString("application_id"),
                rs.getString("case_number"), rs.getString("agency"), rs.getString("handler"),
                rs.getDate("due_date").toLocalDate(), (Integer) rs.getObject("working_days_left"),
                rs.getString("appeal_id"), rs.getTimestamp("fired_at").toInstant(), rs.getLong("position"),
                acknowledgedAt == null ? State.UNREAD : State.ACKNOWLEDGED, rs.getString("acknowledged_by"),
                acknowledgedAt == null ? null : acknowledgedAt.toInstant());
    }
}
