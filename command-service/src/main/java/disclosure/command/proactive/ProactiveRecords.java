package disclosure.command.proactive;

import disclosure.command.application.Rule;
import disclosure.command.application.RuleViolation;
import disclosure.contract.proactive.DocumentKind;
import disclosure.contract.proactive.IssueDocument;
import disclosure.contract.proactive.RecordTally;
import disclosure.contract.proactive.RepealDocument;
import disclosure.contract.proactive.TallyItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The use cases of table 二 (主动公开), shared by the API and the import. A document's id is derived from its
 * agency, kind and 文号, a tally's from its agency, item and month, so the same document or month given twice is
 * recognised as the same record.
 */
@Component
public class ProactiveRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    public ProactiveRecords(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    /** Where the record stands after a command: its id and the global position of its last event. */
    public record Recorded(String id, long position, boolean changed) {}

    public static String documentId(String agency, DocumentKind kind, String documentNumber) {
        return "doc-" + nameUuid(agency + "|" + kind + "|" + documentNumber);
    }

    public static String tallyId(String agency, TallyItem item, YearMonth month) {
        return "tally-" + nameUuid(agency + "|" + item + "|" + month);
    }

    public Recorded issue(String agency, DocumentKind kind, String title, String documentNumber, LocalDate issuedOn,
                          String user) {
        String id = documentId(agency, kind, documentNumber);
        if (eventCount(id, null) > 0) {
            throw new RuleViolation(Rule.DOCUMENT_ALREADY_ISSUED, agency + "已登记文号为“" + documentNumber + "”的"
                    + kind.label(), agency + " already recorded " + kind + " " + documentNumber);
        }
        send(new IssueDocument(id, agency, kind, title, documentNumber, issuedOn, user));
        return new Recorded(id, lastPosition(id), true);
    }

    /** @param actingAgency the user's agency: only its own documents may be repealed; null for 全市 */
    public Recorded repeal(String documentId, LocalDate repealedOn, String reason, String user,
                           String actingAgency) {
        if (eventCount(documentId, null) == 0) {
            throw new RuleViolation(Rule.DOCUMENT_NOT_FOUND, "没有编号为 " + documentId + " 的文件",
                    "no document " + documentId);
        }
        String agency = agencyOf(documentId);
        if (actingAgency != null && !actingAgency.equals(agency)) {
            throw new RuleViolation(Rule.OUTSIDE_AGENCY, "您属于" + actingAgency + "，不能废止" + agency + "的文件",
                    "staff of another agency may not repeal this document");
        }
        send(new RepealDocument(documentId, repealedOn, reason, user));
        return new Recorded(documentId, lastPosition(documentId), true);
    }

    public Recorded tally(String agency, TallyItem item, YearMonth month, BigDecimal value, String reason,
                          String user) {
        String id = tallyId(agency, item, month);
        long before = eventCount(id, null);
        send(new RecordTally(id, agency, item, month, value, reason, user));
        return new Recorded(id, lastPosition(id), eventCount(id, null) > before);
    }

    /** Whether the document exists; whether it is repealed. */
    boolean exists(String documentId) {
        return eventCount(documentId, null) > 0;
    }

    boolean repealed(String documentId) {
        return eventCount(documentId, "%DocumentRepealed") > 0;
    }

    private void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuleViolation violation) {
                throw violation;
            }
            throw e;
        }
    }

    private long eventCount(String aggregateId, String payloadTypeLike) {
        Long count = payloadTypeLike == null
                ? jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                        Long.class, aggregateId)
                : jdbc.queryForObject("""
                        SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?""",
                        Long.class, aggregateId, payloadTypeLike);
        return count == null ? 0 : count;
    }

    /** The agency that issued the document, as its DocumentIssued event says. */
    private String agencyOf(String documentId) {
        byte[] payload = jdbc.queryForObject("""
                SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?
                ORDER BY sequence_number LIMIT 1""", byte[].class, documentId, "%DocumentIssued");
        try {
            return JSON.readTree(payload).path("agency").asText(null);
        } catch (IOException e) {
            throw new IllegalStateException("the stored DocumentIssued of " + documentId + " is not JSON", e);
        }
    }

    private long lastPosition(String aggregateId) {
        Long position = jdbc.queryForObject("""
                SELECT coalesce(max(global_index), 0) FROM domain_event_entry WHERE aggregate_identifier = ?""",
                Long.class, aggregateId);
        return position == null ? 0 : position;
    }

    private static UUID nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
