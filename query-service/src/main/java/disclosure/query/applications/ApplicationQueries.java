package disclosure.query.applications;

import disclosure.statute.LegalTime;
import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code application_view}: the list with its filters and paging, and single rows. */
@Component
public class ApplicationQueries {
    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public ApplicationQueries(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** One row of the list. Dates are legal dates; {@code answerDue} is null while the clock is not counting. */
    public record ApplicationSummary(String applicationId, String agency, String caseNumber, String channel,
                                     LocalDate receiptDate, String category, String applicantName,
                                     String requestedInformation, String status, String phase, LocalDate answerDue,
                                     LocalDate supplementDue, String outcome, LocalDate closedOn, String timeliness,
                                     String handler, long version, long position) {}

    public record Page(List<ApplicationSummary> items, long total, int page, int size) {}

    public Page list(ApplicationFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        LocalDate today = LegalTime.today(clock);
        if (filter.agency() != null) {
            where.add("agency = :agency");
            params.addValue("agency", filter.agency());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.handler() != null) {
            where.add("handler = :handler");
            params.addValue("handler", filter.handler());
        }
        if (filter.category() != null) {
            where.add("category = :category");
            params.addValue("category", filter.category().name());
        }
        if (filter.receivedYear() != null) {
            where.add("receipt_date BETWEEN :receivedFrom AND :receivedTo");
            params.addValue("receivedFrom", Date.valueOf(LocalDate.of(filter.receivedYear(), 1, 1)));
            params.addValue("receivedTo", Date.valueOf(LocalDate.of(filter.receivedYear(), 12, 31)));
        }
        if (filter.closedYear() != null) {
            where.add("closed_on BETWEEN :closedFrom AND :closedTo");
            params.addValue("closedFrom", Date.valueOf(LocalDate.of(filter.closedYear(), 1, 1)));
            params.addValue("closedTo", Date.valueOf(LocalDate.of(filter.closedYear(), 12, 31)));
        }
        if (filter.dueWithin() != null) {
            where.add("status = 'OPEN' AND answer_due <= :dueBy");
            params.addValue("dueBy", Date.valueOf(dueBy(today, filter.dueWithin())));
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.add("status = 'OPEN' AND answer_due < :today");
            params.addValue("today", Date.valueOf(today));
        }
        if (Boolean.TRUE.equals(filter.late())) {
            where.add("timeliness = 'LATE'");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(case_number ILIKE :text OR applicant_name ILIKE :text OR requested_information ILIKE :text)");
            params.addValue("text", "%" + likeEscaped(filter.text().strip()) + "%");
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM application_view" + condition, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<ApplicationSummary> items = jdbc.query("SELECT * FROM application_view" + condition
                + orderBy(filter.order()) + " LIMIT :limit OFFSET :offset", params,
                (rs, i) -> summary(rs));
        return new Page(items, total == null ? 0 : total, page, size);
    }

    public Optional<ApplicationSummary> find(String applicationId) {
        return jdbc.query("SELECT * FROM application_view WHERE application_id = :id",
                new MapSqlParameterSource("id", applicationId), (rs, i) -> summary(rs)).stream().findFirst();
    }

    /** Most urgent first: open applications by due date (the overdue ones have the earliest), then the rest. */
    private static String orderBy(ApplicationFilter.Order order) {
        if (order == ApplicationFilter.Order.URGENCY) {
            return " ORDER BY (status = 'OPEN') DESC, answer_due ASC NULLS LAST, receipt_date DESC, case_number DESC, application_id";
        }
        return " ORDER BY receipt_date DESC, case_number DESC, application_id";
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private LocalDate dueBy(LocalDate today, int workingDays) {
        if (workingDays == 0) {
            return today;
        }
        try {
            return calendar.addWorkingDays(today, workingDays);
        } catch (CalendarYearUnknownException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static ApplicationSummary summary(ResultSet rs) throws SQLException {
        return new ApplicationSummary(rs.getString("application_id"), rs.getString("agency"),
                rs.getString("case_number"), rs.getString("channel"), date(rs, "receipt_date"),
                rs.getString("category"), rs.getString("applicant_name"), rs.getString("requested_information"),
                rs.getString("status"), rs.getString("phase"), date(rs, "answer_due"), date(rs, "supplement_due"),
                rs.getString("outcome"), date(rs, "closed_on"), rs.getString("timeliness"), rs.getString("handler"),
                rs.getLong("last_sequence"), rs.getLong("last_position"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
