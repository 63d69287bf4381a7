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
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 台账导入: replays an agency's ledger, one JSON line per application, through the same commands staff give.
 * Each line is imported whole or not at all (one transaction), a line already imported is recognised by its agency
 * and case number and adds nothing, and the file is read as a stream, never held in memory whole.
 */
@Component
public class LedgerImporter {
    private static final Logger log = LoggerFactory.getLogger(LedgerImporter.class);
    /** At most this many refusals are listed in the answer (all are counted). */
    static final int MAX_LISTED_REFUSALS = 10_000;
    static final int MAX_LINE_BYTES = 1 << 20;

    private final CommandGateway commandGateway;
    private final CaseNumbers caseNumbers;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = StrictJson.cleanText(JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build());

    public LedgerImporter(CommandGateway commandGateway, CaseNumbers caseNumbers,
                          PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
        this.commandGateway = commandGateway;
        this.caseNumbers = caseNumbers;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    /** A line that was not imported, and the rule it broke (Chinese for staff, English for integrators). */
    public record Refusal(long line, String caseNo, String code, String error, String error_en) {}

    /**
     * @param refusedTotal all refused lines; {@code refused} lists the first {@value #MAX_LISTED_REFUSALS}
     * @param position     the global position of the last stored event (read-your-writes on the query side)
     */
    public record Result(long imported, long alreadyPresent, List<Refusal> refused, long refusedTotal,
                         long position) {}

    public Result importLedger(InputStream input, String user) throws IOException {
        long imported = 0;
        long alreadyPresent = 0;
        long refusedTotal = 0;
        List<Refusal> refused = new ArrayList<>();
        LineReader lines = new LineReader(input);
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            Outcome outcome = importLine(line, user);
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
        Long position = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry",
                Long.class);
        log.info("Ledger import by {}: {} imported, {} already present, {} refused", user, imported, alreadyPresent,
                refusedTotal);
        return new Result(imported, alreadyPresent, refused, refusedTotal, position);
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

    private Outcome importLine(LineReader.Line line, String user) {
        if (line.tooLong()) {
            return Outcome.refused(line.number(), null, "LINE_TOO_LONG", "该行超过 1 MB", "the line is longer than 1 MB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.bytes())).toString();
        } catch (CharacterCodingException e) {
            return Outcome.refused(line.number(), null, "MALFORMED_LINE", "该行不是有效的 UTF-8 文本",
                    "the line is not valid UTF-8");
        }
        if (text.isBlank()) {
            return Outcome.of(Kind.BLANK);
        }
        LedgerEntry entry;
        try {
            entry = json.readValue(text, LedgerEntry.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(reference -> reference.getFieldName() != null
                    ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
            return Outcome.refused(line.number(), null, "INVALID_VALUE", "字段 " + field + " 无效或未知",
                    "invalid or unknown field " + field + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            return Outcome.refused(line.number(), null, "MALFORMED_LINE", "该行不是有效的 JSON",
                    "the line is not valid JSON: " + e.getOriginalMessage());
        }
        if (entry == null) {
            return Outcome.refused(line.number(), null, "MALFORMED_LINE", "该行不是 JSON 对象", "the line is not a JSON object");
        }
        String caseNo = entry.caseNo();
        try {
            if (entry.agency() != null && caseNo != null
                    && caseNumbers.applicationOf(entry.agency().strip(), caseNo.strip()).isPresent()) {
                return Outcome.of(Kind.ALREADY_PRESENT);
            }
            List<Object> commands = LedgerTranslator.commands(entry, applicationId(entry), user);
            transactions.executeWithoutResult(status -> replay(commands));
            return Outcome.of(Kind.IMPORTED);
        } catch (LedgerLineRefused e) {
            return Outcome.refused(line.number(), caseNo, e.code(), e.messageZh(), e.messageEn());
        } catch (RuleViolation e) {
            return Outcome.refused(line.number(), caseNo, e.rule().name(), e.detailZh(), e.detailEn());
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuleViolation violation) {
                return Outcome.refused(line.number(), caseNo, violation.rule().name(), violation.detailZh(),
                        violation.detailEn());
            }
            throw e;
        }
    }

    /**
     * Sends the line's commands inside one unit of work, so that each command's own unit of work is nested in it:
     * the application then lives in that unit of work from its intake to the last command (Axon keeps the
     * aggregates of a root unit of work), instead of being read back from the event store for every command, and
     * its events are appended together when the line commits. A refused command rolls back the whole line.
     */
    private void replay(List<Object> commands) {
        UnitOfWork<?> line = DefaultUnitOfWork.startAndGet(null);
        try {
            commands.forEach(commandGateway::sendAndWait);
        } catch (RuntimeException e) {
            line.rollback(e);
            throw e;
        }
        line.commit();
    }

    /** The same ledger line always maps to the same application. */
    private static String applicationId(LedgerEntry entry) {
        return UUID.nameUUIDFromBytes(("ledger:" + entry.agency().strip() + ":" + entry.caseNo().strip())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Splits a byte stream into lines without decoding it, so one bad line cannot spoil the rest. */
    static final class LineReader {
        record Line(long number, byte[] bytes, boolean tooLong) {}

        private final InputStream in;
        private long number;
        private boolean ended;

        LineReader(InputStream in) {
            this.in = new BufferedInputStream(in, 1 << 16);
        }

        Line next() throws IOException {
            if (ended) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            boolean tooLong = false;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (line.size() < MAX_LINE_BYTES) {
                    line.write(b);
                } else {
                    tooLong = true;
                }
            }
            if (b == -1) {
                ended = true;
                if (line.size() == 0 && !tooLong) {
                    return null;
                }
            }
            number++;
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            return new Line(number, length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length), tooLong);
        }
    }
}
