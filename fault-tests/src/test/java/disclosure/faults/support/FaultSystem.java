package disclosure.faults.support;

import disclosure.testsupport.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The whole system as processes on 127.0.0.1, each of which a scenario can kill with {@code kill -9} and start
 * again: PostgreSQL (both services' databases), the Kafka broker, command-service and query-service. One per test
 * JVM, shared by the scenarios (each works on agencies of its own), stopped when the JVM ends.
 */
public final class FaultSystem {
    public static final int RATE_LIMIT_PER_SECOND = 10;
    public static final int RATE_LIMIT_BURST = 20;
    private static final String TOPIC = "disclosure.events";
    private static FaultSystem shared;

    private final PostgresServer postgres;
    private final KafkaServer kafka;
    private final String commandDb;
    private final String queryDb;
    private final int commandPort = ServiceProcess.freePort();
    private final int queryPort = ServiceProcess.freePort();
    private final AtomicInteger starts = new AtomicInteger();
    private ServiceProcess commands;
    private ServiceProcess queries;

    private FaultSystem(Path data) {
        postgres = PostgresServer.start(data.resolve("postgres"), ServiceProcess.freePort());
        kafka = KafkaServer.start(data.resolve("kafka"), ServiceProcess.freePort(), ServiceProcess.freePort());
        commandDb = postgres.createDatabase("disclosure_command");
        queryDb = postgres.createDatabase("disclosure_query");
        startCommandService();
        startQueryService();
    }

    public static synchronized FaultSystem shared() {
        if (shared == null) {
            Path data = Path.of("target", "fault-data").toAbsolutePath();
            deleteRecursively(data);
            shared = new FaultSystem(data);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    private synchronized void stop() {
        for (AutoCloseable part : new AutoCloseable[]{queries, commands, kafka, postgres}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception ignored) {
                // stopping everything anyway
            }
        }
    }

    /** The hostile corpus's target agency. */
    public static final String SIGN_OFF_AGENCY = "恶意输入目标局";
    /**
     * The agencies whose answers the 负责人 signs off (签发) in the system under test: the hostile corpus's target and the
     * crash scenarios' loads, whose scripts go through the sign-off (their clients hold every role, so they may also
     * answer directly).
     */
    public static final List<String> SIGN_OFF_AGENCIES = List.of(SIGN_OFF_AGENCY, "某市交通运输局", "某市生态环境局",
            "某市市场监督管理局", "某市住房和城乡建设局");

    public Map<String, String> commandEnvironment() {
        Map<String, String> environment = new HashMap<>(Map.of(
                "DISCLOSURE_COMMAND_DB_URL", commandDb,
                "DISCLOSURE_COMMAND_DB_USER", "postgres",
                "DISCLOSURE_COMMAND_DB_PASSWORD", "postgres",
                "DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "DISCLOSURE_EVENTS_TOPIC", TOPIC,
                "DISCLOSURE_DEADLINE_POLLING", "1s",
                // A lower per-user limit than the default (30/s, bursts of 60), so that a flood outruns it even on
                // a slow, shared machine; the loads spread over enough users to stay inside it.
                "DISCLOSURE_RATE_LIMIT_PER_SECOND", Integer.toString(RATE_LIMIT_PER_SECOND),
                "DISCLOSURE_RATE_LIMIT_BURST", Integer.toString(RATE_LIMIT_BURST)));
        environment.put("DISCLOSURE_SIGN_OFF_AGENCIES", String.join(",", SIGN_OFF_AGENCIES));
        return environment;
    }

    /** query-service's variables for a read-model database (and the event store, for a rebuild). */
    public Map<String, String> queryEnvironment(String readModelDb, String group) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "DISCLOSURE_QUERY_DB_URL", readModelDb,
                "DISCLOSURE_QUERY_DB_USER", "postgres",
                "DISCLOSURE_QUERY_DB_PASSWORD", "postgres",
                "DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "DISCLOSURE_EVENTS_TOPIC", TOPIC,
                "DISCLOSURE_QUERY_GROUP", group));
        environment.put("DISCLOSURE_COMMAND_DB_URL", commandDb);
        environment.put("DISCLOSURE_COMMAND_DB_USER", "postgres");
        environment.put("DISCLOSURE_COMMAND_DB_PASSWORD", "postgres");
        return environment;
    }

    public void startCommandService() {
        commands = ServiceProcess.start("command-service-" + starts.incrementAndGet(), "command-service", commandPort,
                commandEnvironment());
    }

    public void startQueryService() {
        queries = ServiceProcess.start("query-service-" + starts.incrementAndGet(), "query-service", queryPort,
                queryEnvironment(queryDb, "query-service"));
    }

    public void killCommandService() {
        commands.kill();
    }

    public void killQueryService() {
        queries.kill();
    }

    /** A clean stop (SIGTERM): the consumer leaves its group, so the group's offsets can be moved. */
    public void stopQueryService() {
        queries.close();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public String topic() {
        return TOPIC;
    }

    public String queryGroup() {
        return "query-service";
    }

    public String commandUrl(String path) {
        return "http://127.0.0.1:" + commandPort + path;
    }

    public String queryUrl(String path) {
        return "http://127.0.0.1:" + queryPort + path;
    }

    public Connection commandDatabase() {
        return connect(commandDb);
    }

    public Connection queryDatabase() {
        return connect(queryDb);
    }

    public static Connection connect(String url) {
        try {
            return DriverManager.getConnection(url, "postgres", "postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh database on the same server, for a rebuild. */
    public String freshDatabase(String name) {
        return postgres.createDatabase(name);
    }

    public Duration startTimeout() {
        return Duration.ofMinutes(3);
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
