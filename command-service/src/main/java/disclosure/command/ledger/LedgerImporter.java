package disclosure.command.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import disclosure.command.application.RuleViolation;
import disclosure.command.http.StrictJson;
import disclosure.command.casenumber.CaseNumbers;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 台账导入: replays an agency's ledger, one JSON line per application, through the same commands staff give.
 * Each line is imported whole or not at all (up to {@value #LINES_PER_TRANSACTION} lines share a transaction; what a
 * line changes is written only when they commit), a line already imported is recognised by its agency and case number and adds
 * nothing, and the file is read as a stream, never held in memory whole.
 */
@Component
public class LedgerImporter {
    private static final Logger log = LoggerFactory.getLogger(LedgerImporter.class);
    /** At most this many refusals are listed in the answer (all are counted). */
    static final int MAX_LISTED_REFUSALS = 10_000;
    static final int MAX_LINE_BYTES = 1 << 20;
    /**
     * Lines imported in one transaction (each still whole or not at all): one commit and one insert of their events
     * for many lines instead of one each.
     */
    static final int LINES_PER_TRANSACTION = 100;

    private final CommandGateway commandGateway;
    private final CaseNumbers caseNumbers;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    /** As strict as the API: a text is a JSON string, a date YYYY-MM-DD, one document per line, no control characters. */
    private final ObjectMapper json = StrictJson.apply(JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build());

    public LedgerImporter(CommandGateway commandGateway, CaseNumbers caseNumbers,
                          PlatformTransactionManager transactionManager, JdbcTemplate jdbc, DataSource dataSource) {
        this.commandGateway = commandGateway;
        this.caseNumbers = caseNumbers;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A line that was not imported, and the rule it broke (Chinese for staff, English for integrators). */
    public record Refusal(long line, String caseNo, String code, String error, String error_en) {}

    /**
     * @param refusedTotal all refused lines; {@code refused} lists the first {@value #MAX_LISTED_REFUSALS}
     * @param position     the global position of the last stored event (read-your-writes on the query side)
     */
    public record Result(long imported, long alreadyPresent, List<Refusal> refused, long refusedTotal,
                         long position) {}

    /**
     * @param actingAgency the importing user's agency: lines of other agencies are refused ({@code OUTSIDE_AGENCY});
     *                     null for 全市
     */
    public Result importLedger(InputStream input, String user, String actingAgency) throws IOException {
        Tally tally = new Tally();
        List<Line> group = new ArrayList<>(LINES_PER_TRANSACTION);
        LineReader lines = new LineReader(input);
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            group.add(withinAgency(read(line), actingAgency));
            if (group.size() == LINES_PER_TRANSACTION) {
                importGroup(group, user, tally);
                group.clear();
            }
        }
        importGroup(group, user, tally);
        Long position = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry",
                Long.class);
        log.info("Ledger import by {}: {} imported, {} already present, {} refused", user, tally.imported,
                tally.alreadyPresent, tally.refusedTotal);
        return new Result(tally.imported, tally.alreadyPresent, tally.refused, tally.refusedTotal, position);
    }

    private enum Kind { IMPORTED, ALREADY_PRESENT, REFUSED, BLANK }

    private record Outcome(Kind kind, Refusal refusal) {
        static Outcome of(Kind kind) {
            return new Outcome(kind, null);
        }

        static Outcome refused(long line, String caseNo, String code, String zh, String en) {
            return new Outcome(Kind.REFUSED, new Refusal(line, caseNo, code, zh, en));
        }
    }

    private static final class Tally {
        long imported;
        long alreadyPresent;
        long refusedTotal;
        final List<Refusal> refused = new ArrayList<>();

        void add(Outcome outcome) {
            switch (outcome.kind) {
                case IMPORTED -> imported++;
                case ALREADY_PRESENT -> alreadyPresent++;
                case BLANK -> { }
                case REFUSED -> {
                    refusedTotal++;
                    if (refused.size() < MAX_LISTED_REFUSALS) {
                        refused.add(outcome.refusal);
                    }
                }
            }
        }
    }

    /** A line of the file: its entry to replay, or what became of it already (blank, or not readable). */
    private record Line(long number, LedgerEntry entry, Outcome outcome) {}

    private Line read(LineReader.Line line) {
        if (line.tooLong()) {
            return refused(line, "LINE_TOO_LONG", "该行超过 1 MB", "the line is longer than 1 MB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.bytes())).toString();
        } catch (CharacterCodingException e) {
            return refused(line, "MALFORMED_LINE", "该行不是有效的 UTF-8 文本", "the line is not valid UTF-8");
        }
        if (text.isBlank()) {
            return new Line(line.number(), null, Outcome.of(Kind.BLANK));
        }
        LedgerEntry entry;
        try {
            entry = json.readValue(text, LedgerEntry.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(reference -> reference.getFieldName() != null
                    ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
            return refused(line, "INVALID_VALUE", "字段 " + field + " 无效或未知",
                    "invalid or unknown field " + field + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            return refused(line, "MALFORMED_LINE", "该行不是有效的 JSON",
                    "the line is not valid JSON: " + e.getOriginalMessage());
        }
        if (entry == null) {
            return refused(line, "MALFORMED_LINE", "该行不是 JSON 对象", "the line is not a JSON object");
        }
        return new Line(line.number(), entry, null);
    }

    private static Line withinAgency(Line line, String actingAgency) {
        LedgerEntry entry = line.entry();
        if (actingAgency == null || entry == null || entry.agency() == null
                || actingAgency.equals(entry.agency().strip())) {
            return line;
        }
        return new Line(line.number(), null, Outcome.refused(line.number(), entry.caseNo(), "OUTSIDE_AGENCY",
                "您属于" + actingAgency + "，不能导入" + entry.agency().strip() + "的台账",
                "staff of another agency may not import this agency's ledger"));
    }

    private static Line refused(LineReader.Line line, String code, String zh, String en) {
        return new Line(line.number(), null, Outcome.refused(line.number(), null, code, zh, en));
    }

    /**
     * Imports a group of lines in one transaction. If it fails for another reason than a refused line (another
     * application registered one of the case numbers at that moment, say), its lines are imported again one
     * transaction each, as if alone.
     */
    private void importGroup(List<Line> group, String user, Tally tally) {
        if (group.stream().allMatch(line -> line.outcome() != null)) {
            group.forEach(line -> tally.add(line.outcome()));
            return;
        }
        List<Outcome> outcomes;
        try {
            outcomes = transactions.execute(status -> replayAll(group, user, status));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                throw e;
            }
            log.info("Ledger lines {} to {} failed together ({}); importing them one by one",
                    group.get(0).number(), group.get(group.size() - 1).number(), e.toString());
            group.forEach(line -> importGroup(List.of(line), user, tally));
            return;
        }
        outcomes.forEach(tally::add);
    }

    /**
     * Replays the lines inside one unit of work, so that each command's own unit of work is nested in it: an
     * application then lives in that unit of work from its intake to its last command (Axon keeps the aggregates of
     * a root unit of work) instead of being read back from the event store for every command. What the lines change
     * is written when the group commits: their events in one insert, their deadlines once for all their commands
     * (see {@code ScopeIndexedDeadlineManager}), and — for a group of several lines — their case numbers in one
     * statement too, after one look-up for all of them; a line then writes nothing while it is replayed, and a
     * refused one leaves nothing to undo. A single line (the fallback) claims its number at once and, if refused,
     * rolls the transaction back.
     */
    private List<Outcome> replayAll(List<Line> group, String user, TransactionStatus transaction) {
        boolean together = group.size() > 1;
        Set<CaseNumbers.Numbered> present = caseNumbers.registeredAmong(group.stream()
                .map(Line::entry).filter(entry -> entry != null && entry.agency() != null && entry.caseNo() != null)
                .map(LedgerImporter::numbered).toList());
        List<Outcome> outcomes = new ArrayList<>(group.size());
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            if (together) {
                caseNumbers.claimAtCommit(unitOfWork);
            }
            for (Line line : group) {
                Outcome outcome = line.outcome() != null ? line.outcome() : replay(line, user, present, together);
                if (outcome.kind == Kind.REFUSED && !together) {
                    transaction.setRollbackOnly();
                }
                outcomes.add(outcome);
            }
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
        unitOfWork.commit();
        return outcomes;
    }

    /** One line, whole or not at all: its commands in a unit of work of their own, nested in the group's. */
    private Outcome replay(Line line, String user, Set<CaseNumbers.Numbered> present, boolean together) {
        LedgerEntry entry = line.entry();
        String caseNo = entry.caseNo();
        CaseNumbers.Numbered number = entry.agency() != null && caseNo != null ? numbered(entry) : null;
        if (number != null && present.contains(number)) {
            return Outcome.of(Kind.ALREADY_PRESENT);
        }
        List<Object> commands;
        try {
            // the id only once agency and case number are there: the translator names a missing one
            commands = LedgerTranslator.commands(entry, number != null ? applicationId(entry) : null, user);
        } catch (LedgerLineRefused e) {
            return Outcome.refused(line.number(), caseNo, e.code(), e.messageZh(), e.messageEn());
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            commands.forEach(commandGateway::sendAndWait);
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            RuleViolation violation = e instanceof RuleViolation direct ? direct
                    : e instanceof CommandExecutionException && e.getCause() instanceof RuleViolation cause ? cause
                    : null;
            if (violation == null) {
                throw e;
            }
            if (together) {
                keepTransaction();
            }
            return Outcome.refused(line.number(), caseNo, violation.rule().name(), violation.detailZh(),
                    violation.detailEn());
        }
        unitOfWork.commit();
        present.add(number);
        return Outcome.of(Kind.IMPORTED);
    }

    /**
     * The refused command rolled back its part of the transaction, and Spring marks a transaction whose participant
     * failed for rollback; but nothing of the line was written yet (everything waits for the group's commit), so the
     * group's transaction stays good for the other lines.
     */
    private void keepTransaction() {
        ((ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource)).resetRollbackOnly();
    }

    private static CaseNumbers.Numbered numbered(LedgerEntry entry) {
        return new CaseNumbers.Numbered(entry.agency().strip(), entry.caseNo().strip());
    }

    /** The same ledger line always maps to the same application. */
    private static String applicationId(LedgerEntry entry) {
        return UUID.nameUUIDFromBytes(("ledger:" + entry.agency().strip() + ":" + entry.caseNo().strip())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Splits a byte stream into lines without decoding it, so one bad line cannot spoil the rest. It scans its own
     * buffer for the line ends (a byte-at-a-time read of a buffered stream took a twentieth of the import's time).
     */
    static final class LineReader {
        record Line(long number, byte[] bytes, boolean tooLong) {}

        private final InputStream in;
        private final byte[] buffer;
        private final int maxLineBytes;
        private int position;
        private int limit;
        private byte[] line = new byte[512];
        private long number;
        private boolean ended;

        LineReader(InputStream in) {
            this(in, 1 << 16, MAX_LINE_BYTES);
        }

        LineReader(InputStream in, int bufferSize, int maxLineBytes) {
            this.in = in;
            this.buffer = new byte[bufferSize];
            this.maxLineBytes = maxLineBytes;
        }

        /** The next line (its bytes without the line end, cut at the limit), or null at the end of the stream. */
        Line next() throws IOException {
            if (ended) {
                return null;
            }
            int length = 0;
            boolean tooLong = false;
            boolean terminated = false;
            while (!terminated) {
                if (position == limit && !fill()) {
                    ended = true;
                    if (length == 0 && !tooLong) {
                        return null;
                    }
                    break;
                }
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int kept = Math.min(end - position, maxLineBytes - length);
                if (kept < end - position) {
                    tooLong = true;
                }
                if (length + kept > line.length) {
                    line = Arrays.copyOf(line, Math.min(Math.max(line.length * 2, length + kept), maxLineBytes));
                }
                System.arraycopy(buffer, position, line, length, kept);
                length += kept;
                terminated = end < limit;
                position = terminated ? end + 1 : end;
            }
            number++;
            if (length > 0 && line[length - 1] == '\r' && !tooLong) {
                length--;
            }
            return new Line(number, Arrays.copyOf(line, length), tooLong);
        }

        private boolean fill() throws IOException {
            int read;
            do {
                read = in.read(buffer, 0, buffer.length);
            } while (read == 0);
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        }
    }
}
