package disclosure.web.support;

import disclosure.testsupport.ServiceProcess;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestKafka;

import java.util.Map;
import java.util.UUID;

/**
 * command-service and query-service as their own processes on a real PostgreSQL and Kafka, started once for all the
 * web application's tests in this JVM and stopped when it ends.
 */
public final class RunningServices {
    /** The agency whose answers the 负责人 signs off (签发), for command-service and the web application alike. */
    public static final String SIGN_OFF_AGENCY = "某市规划和自然资源局";

    private static RunningServices instance;

    private final ServiceProcess commands;
    private final ServiceProcess queries;

    private RunningServices() {
        String topic = "web-" + UUID.randomUUID();
        String kafka = TestKafka.bootstrapServers();
        String commandDb = TestDatabase.freshDatabase();
        commands = ServiceProcess.start("command-service", "command-service", ServiceProcess.freePort(), Map.of(
                "DISCLOSURE_COMMAND_DB_URL", commandDb,
                "DISCLOSURE_COMMAND_DB_USER", "postgres",
                "DISCLOSURE_COMMAND_DB_PASSWORD", "postgres",
                "DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", kafka,
                "DISCLOSURE_EVENTS_TOPIC", topic,
                "DISCLOSURE_SIGN_OFF_AGENCIES", SIGN_OFF_AGENCY));
        queries = ServiceProcess.start("query-service", "query-service", ServiceProcess.freePort(), Map.of(
                "DISCLOSURE_QUERY_DB_URL", TestDatabase.freshDatabase(),
                "DISCLOSURE_QUERY_DB_USER", "postgres",
                "DISCLOSURE_QUERY_DB_PASSWORD", "postgres",
                "DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", kafka,
                "DISCLOSURE_EVENTS_TOPIC", topic,
                "DISCLOSURE_QUERY_GROUP", "query-" + topic));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            queries.close();
            commands.close();
        }));
    }

    public static synchronized RunningServices get() {
        if (instance == null) {
            instance = new RunningServices();
        }
        return instance;
    }

    public String commandUrl() {
        return commands.url("");
    }

    public String queryUrl() {
        return queries.url("");
    }
}
