package disclosure.web.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * 个人信息查看记录 (个人信息保护法): every time a user is shown an applicant's unmasked ID number, phone, address or
 * e-mail, who, which application and when — kept in the web application's own database, never in a log file.
 */
@Component
public class PersonalDataViews {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PersonalDataViews(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record View(String username, String applicationId, String caseNumber, String agency, Instant viewedAt) {}

    public void record(String username, String applicationId, String caseNumber, String agency) {
        jdbc.update("INSERT INTO personal_data_view (username, application_id, case_number, agency, viewed_at) "
                + "VALUES (?, ?, ?, ?, ?)", username, applicationId, caseNumber, agency, Timestamp.from(clock.instant()));
    }

    public List<View> of(String applicationId) {
        return jdbc.query("SELECT * FROM personal_data_view WHERE application_id = ? ORDER BY viewed_at DESC, id DESC",
                (rs, i) -> new View(rs.getString("username"), rs.getString("application_id"),
                        rs.getString("case_number"), rs.getString("agency"),
                        rs.getTimestamp("viewed_at").toInstant()), applicationId);
    }
}
