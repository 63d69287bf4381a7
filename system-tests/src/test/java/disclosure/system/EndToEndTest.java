package disclosure.system;

import disclosure.testsupport.TestStaff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.ServiceProcess;
import disclosure.testsupport.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system as an operator runs it: command-service and query-service as their own processes on a real
 * PostgreSQL and a real Kafka broker. A case walked through the command API shows up in the query side's detail and
 * annual table (read-your-writes); an imported ledger lands in the right cells; and a rebuild from the event store
 * gives exactly the tables, list and alert inbox (acknowledgements included) the live read models show.
 */
class EndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOPIC = "e2e-" + UUID.randomUUID();
    private static String commandDb;
    private static String kafka;
    private static ServiceProcess commands;
    private static ServiceProcess queries;

    @BeforeAll
    static void startSystem() {
        commandDb = TestDatabase.freshDatabase();
        kafka = TestKafka.bootstrapServers();
        commands = ServiceProcess.start("command-service", "command-service", ServiceProcess.freePort(), Map.of(
                "DISCLOSURE_COMMAND_DB_URL", commandDb,
                "DISCLOSURE_COMMAND_DB_USER", "postgres",
                "DISCLOSURE_COMMAND_DB_PASSWORD", "postgres",
                "DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", kafka,
                "DISCLOSURE_EVENTS_TOPIC", TOPIC,
                "DISCLOSURE_DEADLINE_POLLING", "1s"));
        queries = startQueryService("query-service", TestDatabase.freshDatabase(), "query-" + TOPIC);
    }

    private static ServiceProcess startQueryService(String name, String database, String group) {
        return ServiceProcess.start(name, "query-service", ServiceProcess.freePort(), queryEnvironment(database, group));
    }

    private static Map<String, String> queryEnvironment(String database, String group) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "DISCLOSURE_QUERY_DB_URL", database,
                "DISCLOSURE_QUERY_DB_USER", "postgres",
                "DISCLOSURE_QUERY_DB_PASSWORD", "postgres",
                "DISCLOSURE_KAFKA_BOOTSTRAP_SERVERS", kafka,
                "DISCLOSURE_EVENTS_TOPIC", TOPIC,
                "DISCLOSURE_QUERY_GROUP", group));
        environment.put("DISCLOSURE_COMMAND_DB_URL", commandDb);
        environment.put("DISCLOSURE_COMMAND_DB_USER", "postgres");
        environment.put("DISCLOSURE_COMMAND_DB_PASSWORD", "postgres");
        return environment;
    }

    @AfterAll
    static void stopSystem() {
        if (queries != null) {
            queries.close();
        }
        if (commands != null) {
            commands.close();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode command(String path, String body) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(commands.url(path)))
                .header("Content-Type", "application/json").header("Authorization", TestStaff.bearer("staff-007"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static JsonNode query(ServiceProcess service, String pathAndQuery) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(service.url(pathAndQuery)))
                .header("Authorization", TestStaff.bearer("staff-007")).GET());
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aCaseWalkedThroughTheCommandApiIsCountedInTheRightCell() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String agency = "某市住房和城乡建设局";
        JsonNode intake = command("/api/applications", """
                {"agency": "%s", "channel": "IN_PERSON", "channelDates": {"handedInOn": "%s"},
                 "category": "PUBLIC_WELFARE_ORGANIZATION",
                 "applicant": {"name": "某某公益基金会", "idDocumentNumber": "53100000000000000X", "phone": "010-87654321"},
                 "requestedInformation": "老旧小区改造资金使用情况", "deliveryForm": "PAPER_BY_POST"}""".formatted(agency, today));
        String id = intake.get("applicationId").asText();
        String base = "/api/applications/" + id;
        command(base + "/supplement-request", """
                {"noticeDate": "%s", "missingItems": "法人登记证书", "supplementDueDate": "%s"}"""
                .formatted(today, today.plusDays(14)));
        JsonNode awaiting = query(queries, base + "?minPosition=" + command(base + "/supplement", """
                {"receivedOn": "%s"}""".formatted(today)).get("position").asLong());
        assertThat(awaiting.at("/application/phase").asText()).isEqualTo("RUNNING");
        assertThat(awaiting.get("timeline").size()).isEqualTo(3);

        long answered = command(base + "/answer", """
                {"outcome": "2", "legalBasis": "条例第三十七条", "answeredOn": "%s", "summary": "区分处理"}"""
                .formatted(today)).get("position").asLong();
        JsonNode detail = query(queries, base + "?minPosition=" + answered);
        assertThat(detail.at("/application/status").asText()).isEqualTo("CLOSED");
        assertThat(detail.at("/application/timeliness").asText()).isEqualTo("ON_TIME");

        JsonNode report = query(queries, "/api/reports/" + today.getYear() + "?agency=" + encode(agency)
                + "&minPosition=" + answered);
        assertThat(report.at("/table3/rows/new").toString()).isEqualTo("[0,0,0,1,0,0,1]");
        assertThat(report.at("/table3/rows/2").toString()).isEqualTo("[0,0,0,1,0,0,1]");
        assertThat(report.at("/table3/rows/total").toString()).isEqualTo("[0,0,0,1,0,0,1]");
        assertThat(report.get("checks")).allSatisfy(check -> assertThat(check.get("passed").asBoolean()).isTrue());
    }

    /** An agency whose imported application was left open long past its due date: it is overdue at once. */
    private static final String LEFT_OPEN = "某市应急管理局";

    /**
     * The overdue alert of the application left open reaches the agency's inbox; acknowledged (a command), it shows
     * as read. The rebuild below must keep the acknowledgement.
     */
    private static long acknowledgeTheOverdueAlert() throws IOException {
        String inbox = "/api/inbox?agency=" + encode(LEFT_OPEN);
        JsonNode unread = await("the overdue alert in the inbox").atMost(Duration.ofSeconds(60))
                .until(() -> query(queries, inbox), answer -> answer.get("unread").asLong() == 1);
        JsonNode alert = unread.at("/alerts/0");
        assertThat(alert.get("kind").asText()).isEqualTo("ANSWER_OVERDUE");
        assertThat(alert.get("caseNumber").asText()).isEqualTo("2024-0031");
        long acknowledged = command("/api/applications/" + alert.get("applicationId").asText() + "/alerts/"
                + alert.get("alertId").asText() + "/acknowledge", "").get("position").asLong();
        JsonNode read = query(queries, inbox + "&minPosition=" + acknowledged);
        assertThat(read.get("unread").asLong()).isZero();
        assertThat(read.at("/alerts/0/acknowledgedBy").asText()).isEqualTo("staff-007");
        return acknowledged;
    }

    @Test
    void anImportedLedgerIsCountedAndARebuildGivesTheSameTables() throws IOException {
        String agency = "某市生态环境局";
        String ledger = String.join("\n",
                """
                {"agency": "%s", "caseNo": "2024-0007", "channel": "INTERNET", "receivedOn": "2024-03-05", \
                "applicantCategory": "NATURAL_PERSON", "applicant": {"name": "赵六"}, "description": "排污许可证", \
                "steps": [{"type": "SUPPLEMENT_REQUESTED", "on": "2024-03-07", "dueOn": "2024-03-21"}, \
                {"type": "SUPPLEMENT_RECEIVED", "on": "2024-03-12"}, \
                {"type": "CLOSED", "on": "2024-04-02", "outcome": "3.4", "basis": "条例第十五条"}, \
                {"type": "APPEAL_FILED", "on": "2024-06-01", "appealId": "F1", "kind": "RECONSIDERATION"}, \
                {"type": "APPEAL_DECIDED", "on": "2024-06-20", "appealId": "F1", "result": "CORRECTED"}]}""".formatted(agency),
                """
                {"agency": "%s", "caseNo": "2024-0008", "channel": "ORDINARY_MAIL", "receivedOn": "2024-12-16", \
                "applicantCategory": "COMMERCIAL_ENTERPRISE", "applicant": {"name": "某公司"}, "description": "某文件", \
                "steps": [{"type": "CLOSED", "on": "2025-01-06", "outcome": "1"}]}""".formatted(agency),
                """
                {"agency": "%s", "caseNo": "2024-0031", "channel": "IN_PERSON", "receivedOn": "2024-05-06", \
                "applicantCategory": "NATURAL_PERSON", "applicant": {"name": "钱七"}, "description": "某文件", \
                "steps": []}""".formatted(LEFT_OPEN));
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(commands.url("/api/import")))
                .header("Content-Type", "application/x-ndjson").header("Authorization", TestStaff.bearer("migration-01"))
                .POST(HttpRequest.BodyPublishers.ofString(ledger, StandardCharsets.UTF_8)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(imported.body());
        assertThat(result.get("imported").asLong()).isEqualTo(3);
        long position = acknowledgeTheOverdueAlert();

        JsonNode y2024 = query(queries, "/api/reports/2024?agency=" + encode(agency) + "&minPosition=" + position);
        assertThat(y2024.at("/table3/rows/new").toString()).isEqualTo("[1,1,0,0,0,0,2]");
        assertThat(y2024.at("/table3/rows/3.4").toString()).isEqualTo("[1,0,0,0,0,0,1]");
        assertThat(y2024.at("/table3/rows/carried_forward").toString()).isEqualTo("[0,1,0,0,0,0,1]");
        assertThat(y2024.at("/table4/reconsideration").toString()).isEqualTo("[0,1,0,0,1]");
        JsonNode y2025 = query(queries, "/api/reports/2025?agency=" + encode(agency) + "&minPosition=" + position);
        assertThat(y2025.at("/table3/rows/carried_over").toString()).isEqualTo("[0,1,0,0,0,0,1]");
        assertThat(y2025.at("/table3/rows/1").toString()).isEqualTo("[0,1,0,0,0,0,1]");

        String rebuiltDb = TestDatabase.freshDatabase();
        // Let Flyway create the read-model tables, then rebuild into them from the command side's event store.
        startQueryService("query-service-schema", rebuiltDb, "schema-" + TOPIC).close();
        String output = ServiceProcess.run("query-service-rebuild", "query-service",
                queryEnvironment(rebuiltDb, "rebuild-" + TOPIC), Duration.ofMinutes(3), "--disclosure.rebuild=true");
        assertThat(output).contains("完成", "events/s");
        long latest = query(queries, "/api/status").get("appliedPosition").asLong();
        try (ServiceProcess rebuilt = startQueryService("query-service-rebuilt", rebuiltDb, "rebuilt-" + TOPIC)) {
            for (String path : new String[]{"/api/reports/2024", "/api/reports/2025",
                    "/api/reports/" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(),
                    "/api/reports/2024?agency=" + encode(agency), "/api/applications?size=500",
                    "/api/inbox?agency=" + encode(LEFT_OPEN)}) {
                String separator = path.contains("?") ? "&" : "?";
                assertThat(query(rebuilt, path + separator + "minPosition=" + latest))
                        .as("rebuilt " + path).isEqualTo(query(queries, path + separator + "minPosition=" + latest));
            }
        }
    }
}
