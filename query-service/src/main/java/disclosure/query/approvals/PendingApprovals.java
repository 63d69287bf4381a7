package disclosure.query.approvals;

import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;
import disclosure.statute.outcome.Outcome;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads {@code pending_approval} with the application's agency, case number, due date and version (the
 * {@code If-Match} a decision is sent with), most urgent first.
 */
@Component
public class PendingApprovals {
    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;

    public PendingApprovals(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * Where an application stands while something of it waits for the 负责人.
     *
     * @param answerDue       null while the clock is not counting (paused)
     * @param workingDaysLeft working days from today to {@code answerDue}, negative when overdue; null without a due
     *                        date or its year's calendar
     * @param version         the application's version, for {@code If-Match}
     */
    public record Application(String applicationId, String agency, String caseNumber, LocalDate answerDue,
                              Integer workingDaysLeft, boolean overdue, long version) {}

    /** 延期申请: a 承办人 asked for {@code workingDays} more working days. */
    public record ExtensionRequest(Application application, String requestedBy, Instant requestedAt, long position,
                                   int workingDays, String reason) {}

    /** 待签发的答复: the answer {@code requestedBy} submitted, as it will be recorded once signed off. */
    public record AnswerAwaitingSignOff(Application application, String requestedBy, Instant requestedAt,
                                        long position, String outcome, String outcomeLabel, String legalBasis,
                                        LocalDate proposedAnswerDate, String summary) {}

    /** @param agency one agency's, or every agency's (null) */
    public List<ExtensionRequest> extensionRequests(String agency, LocalDate today) {
        return jdbc.query(select("EXTENSION", agency), params(agency), (rs, i) -> new ExtensionRequest(
                application(rs, today), rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
                rs.getLong("position"), rs.getInt("working_days"), rs.getString("reason")));
    }

    public List<AnswerAwaitingSignOff> answersAwaitingSignOff(String agency, LocalDate today) {
        return jdbc.query(select("SIGN_OFF", agency), params(agency), (rs, i) -> {
            String code = rs.getString("outcome");
            return new AnswerAwaitingSignOff(application(rs, today), rs.getString("requested_by"),
                    rs.getTimestamp("requested_at").toInstant(), rs.getLong("position"), code,
                    Outcome.findByCode(code).map(Outcome::label).orElse(code), rs.getString("legal_basis"),
                    rs.getDate("proposed_answer_date").toLocalDate(), rs.getString("summary"));
        });
    }

    private static String select(String kind, String agency) {
        return """
                SELECT p.*, v.agency, v.case_number, v.answer_due, v.last_sequence
                FROM pending_approval p JOIN application_view v ON v.application_id = p.application_id
                WHERE p.kind = '%s'""".formatted(kind) + (agency == null ? "" : " AND v.agency = :agency")
                + " ORDER BY v.answer_due NULLS LAST, p.requested_at, p.application_id";
    }

    private static MapSqlParameterSource params(String agency) {
        return new MapSqlParameterSource("agency", agency);
    }

    private Application application(ResultSet rs, LocalDate today) throws SQLException {
        Date due = rs.getDate("answer_due");
        LocalDate answerDue = due == null ? null : due.toLocalDate();
        return new Application(rs.getString("application_id"), rs.getString("agency"), rs.getString("case_number"),
                answerDue, workingDaysLeft(today, answerDue), answerDue != null && answerDue.isBefore(today),
                rs.getLong("last_sequence"));
    }

    private Integer workingDaysLeft(LocalDate today, LocalDate due) {
        if (due == null) {
            return null;
        }
        try {
            return due.isBefore(today) ? -calendar.workingDaysBetween(due, today)
                    : calendar.workingDaysBetween(today, due);
        } catch (CalendarYearUnknownException e) {
            return null;
        }
    }
}
