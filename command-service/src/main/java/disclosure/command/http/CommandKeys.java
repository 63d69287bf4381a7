package disclosure.command.http;

import disclosure.command.application.Rule;
import disclosure.command.application.RuleViolation;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Idempotency-Key (幂等键): a client's own id for one command, so that a command sent again after its answer was
 * lost (a timeout, a crash of the service, a broken connection) is carried out once. The key is written to
 * {@code command_key} inside the command's own transaction, the one that stores its events, and travels in the
 * metadata of every event the command stores ({@value #METADATA_KEY}): the key is recorded exactly when the
 * command's events are in the log. A command whose key is recorded is not carried out again; it answers what the
 * first one did (same application, version and position), marked {@code Idempotent-Replayed: true}. A key used
 * before by another user or on another endpoint or application is refused ({@link Rule#COMMAND_KEY_REUSED}).
 * Ids the server would otherwise draw at random (the application, a consultation, an appeal) are derived from
 * the key, so the retry names the same ones.
 */
@Component
public class CommandKeys {
    public static final String HEADER = "Idempotency-Key";
    public static final String METADATA_KEY = "idempotencyKey";
    private static final String METADATA_USER = "idempotencyUser";
    private static final String METADATA_REQUEST = "idempotencyRequest";
    private static final String METADATA_APPLICATION = "idempotencyApplication";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private final JdbcTemplate jdbc;

    public CommandKeys(JdbcTemplate jdbc, CommandBus commandBus) {
        this.jdbc = jdbc;
        commandBus.registerHandlerInterceptor(recordingInterceptor());
    }

    /** A command's key as its request carried it, checked; {@code null} when the client sent none. */
    static String keyOf(String header) {
        if (header == null) {
            return null;
        }
        if (!FORMAT.matcher(header).matches()) {
            throw new RuleViolation(Rule.INVALID_VALUE,
                    "请求头 " + HEADER + " 应为 8 至 100 个字母、数字或 . _ : - 字符（建议使用 UUID）",
                    HEADER + " must be 8 to 100 letters, digits or . _ : - (a UUID is a good choice)");
        }
        return header;
    }

    /** An id the server would draw at random, derived from the key when there is one so a retry names it again. */
    static String generatedId(String key, String what) {
        return key == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((what + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** What a recorded key stands for. */
    record Recorded(String user, String request, String applicationId) {}

    /**
     * The answer of the command already carried out with this key, if there was one.
     *
     * @throws RuleViolation if the key was used by another user, or for another request or application
     */
    Optional<EventLog.Position> previous(String key, String user, String request, String applicationId) {
        Optional<Recorded> recorded = jdbc.query(
                "SELECT user_id, request, application_id FROM command_key WHERE idempotency_key = ?",
                (rs, i) -> new Recorded(rs.getString(1), rs.getString(2), rs.getString(3)), key).stream().findFirst();
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        Recorded first = recorded.get();
        if (!first.user().equals(user) || !first.request().equals(request)
                || !first.applicationId().equals(applicationId)) {
            throw new RuleViolation(Rule.COMMAND_KEY_REUSED,
                    "幂等键 " + key + " 已用于另一请求（" + first.request() + "），请为每个新命令使用新的幂等键",
                    "Idempotency-Key " + key + " was already used for another request (" + first.request()
                            + "); use a new key for each new command");
        }
        return Optional.of(jdbc.queryForObject("""
                SELECT max(sequence_number), max(global_index) FROM domain_event_entry
                WHERE aggregate_identifier = ? AND meta_data IS NOT NULL
                  AND convert_from(meta_data, 'UTF8')::jsonb ->> ? = ?""",
                (rs, i) -> new EventLog.Position(rs.getLong(1), rs.getLong(2)), applicationId, METADATA_KEY, key));
    }

    /** The metadata that makes the command record its key in its own transaction (and its events carry it). */
    static Map<String, String> metaData(String key, String user, String request, String applicationId) {
        return Map.of(METADATA_KEY, key, METADATA_USER, user, METADATA_REQUEST, request,
                METADATA_APPLICATION, applicationId);
    }

    /** True when a command failed only because another request with its key got there first. */
    static boolean takenMeanwhile(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof KeyTakenException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs inside the command's unit of work, whose transaction also stores its events. A key another request
     * recorded meanwhile (the insert waits for that request's transaction) fails the command before it runs.
     */
    private MessageHandlerInterceptor<CommandMessage<?>> recordingInterceptor() {
        return (unitOfWork, chain) -> {
            MetaData metaData = unitOfWork.getMessage().getMetaData();
            Object key = metaData.get(METADATA_KEY);
            if (key != null) {
                int inserted = jdbc.update("""
                        INSERT INTO command_key (idempotency_key, user_id, request, application_id)
                        VALUES (?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING""",
                        key, metaData.get(METADATA_USER), metaData.get(METADATA_REQUEST),
                        metaData.get(METADATA_APPLICATION));
                if (inserted == 0) {
                    throw new KeyTakenException(key.toString());
                }
            }
            return chain.proceed();
        };
    }

    static final class KeyTakenException extends RuntimeException {
        KeyTakenException(String key) {
            super("Idempotency-Key " + key + " was recorded by another request meanwhile");
        }
    }
}
