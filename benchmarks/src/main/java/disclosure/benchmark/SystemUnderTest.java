package disclosure.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.testsupport.ServiceProcess;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestKafka;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Both services as real processes ({@code -Xmx512m}, started from their executable jars exactly as an operator
 * runs them) on one embedded PostgreSQL and one embedded Kafka broker, and the HTTP calls the benchmark makes.
 */
final class SystemUnderTest implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "benchmark.events";

    private final String kafka;
    private final String commandDb;
    private final String queryDb;
    private final ServiceProcess commands;
    private final ServiceProcess queries;

    private SystemUnderTest(String kafka, String commandDb, String queryDb, ServiceProcess commands,
                            ServiceProcess queries) {
        this.kafka = kafka;
        this.commandDb = commandDb;
        this.queryDb = queryDb;
        this.commands = commands;
        this.queries = queries;
    }

    static SystemUnderTest start() {
        String kafka = TestKafka.bootstrapServers();
        String commandDb = TestDatabase.freshDatabase();
        String queryDb = TestDatabase.freshDatabase();
        ServiceProcess commands = ServiceProcess.start("command-service", "command-service", ServiceProcess.freePort(),
                Map.of("DISCLOSURE_COMMAND_DB_URL", commandDb,
                        "DISCLOSURE_COMMAND_DB_USER", "postgres",
                        "DISCLOSURE_COMMAND_DB_PASSWORD", "postgres",
                        "DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", kafka,
                        "DISCLOSURE_EVENTS_TOPIC", TOPIC,
                        // One client sends the whole measured load: the per-user rate limit would measure itself.
                        "DISCLOSURE_RATE_LIMIT_PER_SECOND", "0"));
        ServiceProcess queries = ServiceProcess.start("query-service", "query-service", ServiceProcess.freePort(),
                queryEnvironment(kafka, commandDb, queryDb, "benchmark-query"));
        SystemUnderTest system = new SystemUnderTest(kafka, commandDb, queryDb, commands, queries);
        // Interrupted (Ctrl-C), the benchmark still stops the services it started.
        Runtime.getRuntime().addShutdownHook(new Thread(system::close));
        return system;
    }

    private static Map<String, String> queryEnvironment(String kafka, String commandDb, String queryDb, String group) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DISCLOSURE_QUERY_DB_URL", queryDb);
        environment.put("DISCLOSURE_QUERY_DB_USER", "postgres");
        environment.put("DISCLOSURE_QUERY_DB_PASSWORD", "postgres");
        environment.put("DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", kafka);
        environment.put("DISCLOSURE_EVENTS_TOPIC", TOPIC);
        environment.put("DISCLOSURE_QUERY_GROUP", group);
        // The rebuild reads the command side's event store.
        environment.put("DISCLOSURE_COMMAND_DB_URL", commandDb);
        environment.put("DISCLOSURE_COMMAND_DB_USER", "postgres");
        environment.put("DISCLOSURE_COMMAND_DB_PASSWORD", "postgres");
        return environment;
    }

    /** Runs {@code query-service --disclosure.rebuild=true} into a fresh database and returns its output. */
    String rebuildIntoFreshDatabase(String rebuiltDb) {
        return ServiceProcess.run("query-service-rebuild", "query-service",
                queryEnvironment(kafka, commandDb, rebuiltDb, "benchmark-rebuild"), Duration.ofMinutes(20),
                "--disclosure.rebuild=true");
    }

    String commandDb() {
        return commandDb;
    }

    String queryDb() {
        return queryDb;
    }

    ServiceProcess commands() {
        return commands;
    }

    ServiceProcess queries() {
        return queries;
    }

    /** {@code POST /api/import} with a body read from the stream while it is sent. */
    JsonNode importLedger(InputStream ledger) throws IOException {
        Http.Response response = Http.postNdjson(commands.url("/api/import"), ledger, Duration.ofHours(1));
        if (response.status() != 200) {
            throw new IllegalStateException("import answered " + response.status() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    Http.Response command(String path, String json) {
        return Http.postJson(commands.url(path), json, Duration.ofSeconds(60));
    }

    Http.Response query(String pathAndQuery) {
        return Http.get(queries.url(pathAndQuery), Duration.ofSeconds(60));
    }

    /** The query side's {@code appliedPosition}. */
    long appliedPosition() throws IOException {
        return JSON.readTree(query("/api/status").body()).get("appliedPosition").asLong();
    }

    static long count(String jdbcUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void forEachRow(String jdbcUrl, String sql, LongConsumer firstColumn) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                firstColumn.accept(result.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        queries.close();
        commands.close();
    }
}
