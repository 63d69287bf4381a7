package disclosure.query.report.full;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** 报告文字的修改: staff's templates per report and paragraph; every edit is kept, the latest up to an instant counts. */
@Component
public class ReportTexts {
    private final JdbcTemplate jdbc;

    public ReportTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String scope(String agency) {
        return agency == null ? "*" : agency;
    }

    public void save(int year, String agency, String key, String template, String user, Instant at) {
        jdbc.update("""
                INSERT INTO report_text (year, scope, paragraph_key, template, edited_by, edited_at)
                VALUES (?, ?, ?, ?, ?, ?)""", year, scope(agency), key, template, user, Timestamp.from(at));
    }

    /** The templates in force at {@code at} (null: the latest). */
    public ReportGenerator.Edits asOf(int year, String agency, Instant at) {
        Map<String, String> templates = new HashMap<>();
        jdbc.query("""
                SELECT paragraph_key, template FROM report_text
                WHERE year = ? AND scope = ? AND edited_at <= ? ORDER BY edited_at, id""",
                (RowCallbackHandler) rs -> templates.put(rs.getString(1), rs.getString(2)),
                year, scope(agency), Timestamp.from(at == null ? Instant.parse("9999-12-31T00:00:00Z") : at));
        return new ReportGenerator.Edits(templates);
    }
}
