package disclosure.query.report.yearclose;

import disclosure.query.report.full.FullReport;
import disclosure.query.report.full.ReportJson;
import disclosure.query.report.full.ReportTexts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored snapshots ({@code report_snapshot}); the table refuses any change to a stored one. */
@Component
public class SnapshotStore {
    private static final String COLUMNS = """
            number, kind, year, agency, position, event_count, events_hash, checks_passed, content_hash, generated_at,
            generated_by, content""";
    private static final RowMapper<Snapshot> ROW = (rs, i) -> new Snapshot(rs.getLong(1),
            Snapshot.Kind.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4), rs.getLong(5), rs.getLong(6),
            rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11),
            rs.getString(12));

    private final JdbcTemplate jdbc;

    public SnapshotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Snapshot save(Snapshot.Kind kind, FullReport report, Instant at, String by) {
        byte[] content = ReportJson.bytes(report);
        Long number = jdbc.queryForObject("""
                INSERT INTO report_snapshot (kind, year, agency, scope, position, event_count, events_hash,
                                             checks_passed, content, content_hash, generated_at, generated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING number""", Long.class,
                kind.name(), report.year(), report.agency(), ReportTexts.scope(report.agency()),
                report.basis().position(), report.basis().eventCount(), report.basis().eventsHash(),
                report.checksPassed(), ReportJson.text(content), ReportJson.sha256(content), Timestamp.from(at), by);
        return find(number).orElseThrow();
    }

    public Optional<Snapshot> find(long number) {
        return jdbc.query("SELECT " + COLUMNS + " FROM report_snapshot WHERE number = ?", ROW, number).stream()
                .findFirst();
    }

    /** The snapshots of a year, one scope or all (newest first). */
    public List<Snapshot> list(Integer year, String scope) {
        return jdbc.query("SELECT " + COLUMNS + """
                 FROM report_snapshot WHERE (?::int IS NULL OR year = ?) AND (?::varchar IS NULL OR scope = ?)
                ORDER BY number DESC LIMIT 500""", ROW, year, year, scope, scope);
    }

    /** The report sealed at year close for a year and scope, if that year was closed by {@code before} (null: now). */
    public Optional<FullReport> yearClose(int year, String agency, Instant before) {
        return jdbc.query("SELECT " + COLUMNS + """
                         FROM report_snapshot WHERE kind = 'YEAR_CLOSE' AND year = ? AND scope = ?
                        AND generated_at <= ?""", ROW, year, ReportTexts.scope(agency),
                        Timestamp.from(before == null ? Instant.parse("9999-12-31T00:00:00Z") : before))
                .stream().findFirst()
                .map(snapshot -> ReportJson.read(snapshot.content()));
    }
}
