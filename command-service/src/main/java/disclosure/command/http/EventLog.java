package disclosure.command.http;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads back, after a command, where its events landed in the event store. */
@Component
public class EventLog {
    private final JdbcTemplate jdbc;

    public EventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param version the aggregate sequence number of the last event; @param position its global index */
    public record Position(long version, long position) {}

    public Position lastOf(String applicationId) {
        return jdbc.queryForObject("""
                SELECT sequence_number, global_index FROM domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""",
                (rs, i) -> new Position(rs.getLong(1), rs.getLong(2)), applicationId);
    }

    public String caseNumberOf(String applicationId) {
        return jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'caseNumber' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""", String.class, applicationId);
    }
}
