package disclosure.faults.support;

import disclosure.faults.support.CommandLoad.Fate;
import disclosure.faults.support.CommandLoad.Sent;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the event log says about the commands a load sent, read straight from the event store: each event carries
 * its command's Idempotency-Key in its metadata, and {@code command_key} holds the keys of the commands carried
 * out. For every command: a success answer means its events are in the log, once (one command execution, on its
 * own application, in consecutive sequence numbers); a refusal means none are; no answer means all or none — the
 * key is recorded exactly when the events are.
 */
public final class LogAudit {
    private LogAudit() {
    }

    /**
     * @param inLog      commands whose events are in the log
     * @param violations every way the log contradicts the answers, empty when it does not
     */
    public record Result(long sent, long acknowledged, long inLog, long firstTryUnanswered, List<String> violations) {}

    private record Group(String application, long events, long first, long last, String types) {}

    public static Result of(FaultSystem system, String agency, List<Sent> sent) {
        String[] keys = sent.stream().map(Sent::key).toArray(String[]::new);
        Map<String, List<Group>> groups = new HashMap<>();
        Map<String, String> recorded = new HashMap<>();
        long intakesOfAgency;
        try (Connection store = system.commandDatabase()) {
            for (List<Object> row : Sql.rows(store, """
                    SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey', aggregate_identifier, count(*),
                           min(sequence_number), max(sequence_number), string_agg(payload_type, ',')
                    FROM domain_event_entry
                    WHERE meta_data IS NOT NULL AND convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' = ANY (?)
                    GROUP BY 1, 2""", (Object) keys)) {
                groups.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add(new Group((String) row.get(1),
                        ((Number) row.get(2)).longValue(), ((Number) row.get(3)).longValue(),
                        ((Number) row.get(4)).longValue(), (String) row.get(5)));
            }
            for (List<Object> row : Sql.rows(store,
                    "SELECT idempotency_key, application_id FROM command_key WHERE idempotency_key = ANY (?)",
                    (Object) keys)) {
                recorded.put((String) row.get(0), (String) row.get(1));
            }
            intakesOfAgency = Sql.count(store, """
                    SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%ApplicationReceived'
                    AND convert_from(payload, 'UTF8')::jsonb ->> 'agency' = ?""", agency);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        List<String> violations = new ArrayList<>();
        long inLog = 0;
        long intakesInLog = 0;
        for (Sent command : sent) {
            List<Group> found = groups.getOrDefault(command.key(), List.of());
            String what = command.kind() + " " + command.key() + " (" + command.fate() + ", " + command.attempts()
                    + " attempts, last answer " + command.status() + " " + command.lastAnswer() + ")";
            if (found.size() > 1) {
                violations.add(what + ": events on " + found.size() + " applications");
            }
            boolean present = !found.isEmpty();
            if (present != recorded.containsKey(command.key())) {
                violations.add(what + ": events present " + present + " but key recorded "
                        + recorded.containsKey(command.key()) + " (not all or nothing)");
            }
            if (present) {
                inLog++;
                Group group = found.get(0);
                if (group.last() - group.first() + 1 != group.events()) {
                    violations.add(what + ": its events are not one consecutive run: " + group);
                }
                if (command.kind().equals("intake")) {
                    intakesInLog++;
                    if (group.events() != 1 || !group.types().endsWith("ApplicationReceived")) {
                        violations.add(what + ": an intake stored " + group.types());
                    }
                }
                if (command.applicationId() != null && !group.application().equals(command.applicationId())) {
                    violations.add(what + ": stored on " + group.application() + ", answered for "
                            + command.applicationId());
                }
            }
            if (command.fate() == Fate.ACKNOWLEDGED && !present) {
                violations.add(what + ": acknowledged but not in the log");
            }
            if (command.fate() == Fate.REFUSED && present) {
                violations.add(what + ": refused but in the log");
            }
        }
        if (intakesOfAgency != intakesInLog) {
            violations.add(agency + ": " + intakesOfAgency + " applications received in the log, but "
                    + intakesInLog + " intakes sent");
        }
        long acknowledged = sent.stream().filter(c -> c.fate() == Fate.ACKNOWLEDGED).count();
        long firstTryUnanswered = sent.stream().filter(c -> !c.firstTryAnswered()).count();
        return new Result(sent.size(), acknowledged, inLog, firstTryUnanswered, violations);
    }
}
