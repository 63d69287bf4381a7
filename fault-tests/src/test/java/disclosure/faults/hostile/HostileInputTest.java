package disclosure.faults.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import disclosure.faults.support.Api;
import disclosure.faults.support.Client;
import disclosure.faults.support.FaultSystem;
import disclosure.faults.support.RebuildCheck;
import disclosure.faults.support.Sql;
import disclosure.faults.support.Summary;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 5: hostile and malformed input on every endpoint of both services. Every request of the generated
 * corpus ({@link HostileCorpus}, at least {@code faults.hostile-cases}) is answered — never a 500 — with a 4xx
 * problem body naming the rule in Chinese and English, and stores nothing. Injection strings in free text are
 * legitimate text: stored as written, and escaped in the HTML report staff read.
 */
class HostileInputTest {
    private static final int MINIMUM_CASES = Integer.getInteger("faults.hostile-cases", 1000);
    private static final String STAFF = "STAFF";
    private static final String KEY_PREFIX = "hostile-";
    private final FaultSystem system = FaultSystem.shared();
    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void everyHostileCommandIsRefusedWithAClearProblemAndStoresNothing() throws Exception {
        Api.Answer intake = Api.postJson(system.commandUrl("/api/applications"), Client.staff("hostile-target"),
                UUID.randomUUID().toString(), """
                {"agency": "%s", "channel": "IN_PERSON", "channelDates": {"handedInOn": "%s"},
                 "category": "NATURAL_PERSON", "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234"},
                 "requestedInformation": "信息", "deliveryForm": "EMAIL"}""".formatted(FaultSystem.SIGN_OFF_AGENCY,
                today));
        assertThat(intake.status()).as(intake.body()).isEqualTo(201);
        String target = intake.json().get("applicationId").asText();
        List<HostileCorpus.Case> cases = new ArrayList<>(HostileCorpus.commandCases(target, today, STAFF));
        cases.addAll(HostileCorpus.hostilePathIds(STAFF));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            HostileCorpus.Case hostile = cases.get(i);
            int n = i;
            sent.add(senders.submit(() -> {
                Api.Answer answer = send(hostile, n);
                if (answer.success()) {
                    accepted.incrementAndGet();
                }
                problemFailure(hostile.name(), answer).ifPresent(failures::add);
            }));
        }
        for (Future<?> each : sent) {
            each.get();
        }
        senders.shutdown();

        long inLog;
        long keysRecorded;
        long targetVersion;
        long corpusApplications;
        try (Connection store = system.commandDatabase()) {
            inLog = Sql.count(store, """
                    SELECT count(*) FROM domain_event_entry WHERE meta_data IS NOT NULL
                    AND convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' LIKE 'hostile-%'""");
            keysRecorded = Sql.count(store, "SELECT count(*) FROM command_key WHERE idempotency_key LIKE 'hostile-%'");
            targetVersion = Sql.count(store, "SELECT max(sequence_number) FROM domain_event_entry "
                    + "WHERE aggregate_identifier = ?", target);
            corpusApplications = Sql.count(store, """
                    SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%ApplicationReceived'
                    AND convert_from(payload, 'UTF8')::jsonb ->> 'agency' = '恶意输入测试局'""")
                    + Sql.count(store, """
                    SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%DocumentIssued'
                    AND convert_from(payload, 'UTF8')::jsonb ->> 'agency' = '恶意输入测试局'""");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        RebuildCheck.Result rebuild = RebuildCheck.compareTables(system);
        Summary.add(new Summary.Row("hostile input (" + cases.size() + " generated requests)", cases.size(),
                accepted.get(), inLog, rebuild.equal()));

        assertThat(failures).as("answers that are not a clear 4xx problem").isEmpty();
        assertThat(accepted.get()).as("hostile requests accepted").isZero();
        assertThat(inLog).as("events stored by hostile requests").isZero();
        assertThat(keysRecorded).isZero();
        assertThat(corpusApplications).as("applications and documents created by hostile requests").isZero();
        assertThat(targetVersion).as("the target application's last sequence number").isZero();
        assertThat(rebuild.differences()).isEmpty();
    }

    /** Sends one case as a client (a rotating staff user, or the case's own forged or missing one). */
    private Api.Answer send(HostileCorpus.Case hostile, int n) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.commandUrl(hostile.path())))
                .method(hostile.method(), HttpRequest.BodyPublishers.ofByteArray(hostile.body()))
                .header("Content-Type", hostile.contentType());
        hostile.headers().forEach(request::header);
        if (!hostile.headers().containsKey("Idempotency-Key")) {
            request.header("Idempotency-Key", KEY_PREFIX + n + "-" + UUID.randomUUID());
        }
        Client client = hostile.userId() == null ? Client.anonymous()
                : Client.staff(STAFF.equals(hostile.userId()) ? "hostile-" + (n % 64) : hostile.userId());
        return Api.send(client, request);
    }

    /** Why an answer is not a clear problem body, if it is not. */
    static java.util.Optional<String> problemFailure(String name, Api.Answer answer) {
        if (!answer.answered()) {
            return java.util.Optional.of(name + ": no answer");
        }
        if (answer.status() < 400 || answer.status() >= 500) {
            return java.util.Optional.of(name + ": " + answer.status() + " " + abbreviate(answer.body()));
        }
        if (!answer.header("Content-Type").orElse("").startsWith("application/problem+json")) {
            return java.util.Optional.of(name + ": " + answer.status() + " not a problem body: "
                    + answer.header("Content-Type").orElse("(none)") + " " + abbreviate(answer.body()));
        }
        JsonNode problem = answer.json();
        for (String field : List.of("type", "title", "status", "detail", "code", "title_en", "detail_en")) {
            if (!problem.hasNonNull(field) || problem.get(field).asText().isBlank()) {
                return java.util.Optional.of(name + ": problem without " + field + ": " + abbreviate(answer.body()));
            }
        }
        if (!problem.get("title").asText().matches(".*\\p{IsHan}.*")) {
            return java.util.Optional.of(name + ": title not in Chinese: " + abbreviate(answer.body()));
        }
        return java.util.Optional.empty();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    @Test
    void everyHostileQueryIsRefusedWithAClearProblemOrFindsNothing() {
        List<String> failures = new ArrayList<>();
        Client reader = Client.staff("hostile-reader");
        int cases = 0;
        List<String> badYears = List.of("abc", "-1", "0", "99999999999", "2023.5", "%27%20OR%201%3D1", "%3Cscript%3E");
        List<String> refused = new ArrayList<>();
        for (String year : badYears) {
            for (String suffix : List.of("", "/markdown", "/html", "/table3/cell?row=1&column=0",
                    "/table4/cell?group=RECONSIDERATION&column=0")) {
                refused.add("/api/reports/" + year + suffix);
            }
        }
        for (String parameter : List.of("row=%3Cscript%3E&column=0", "row=1&column=7", "row=1&column=-1",
                "row=1&column=abc", "row=1", "column=0", "row=9.9&column=0", "row=1&column=0&minPosition=abc",
                "row=1&column=0&minPosition=99999999999999999999")) {
            refused.add("/api/reports/2024/table3/cell?" + parameter);
        }
        for (String parameter : List.of("group=NOPE&column=0", "group=RECONSIDERATION&column=5", "column=0",
                "group=%27%20OR%201%3D1&column=0")) {
            refused.add("/api/reports/2024/table4/cell?" + parameter);
        }
        for (String parameter : List.of("status=MAYBE", "category=ALIEN", "receivedYear=1800", "receivedYear=abc",
                "closedYear=99999", "dueWithin=-1", "dueWithin=61", "overdue=perhaps", "late=2", "page=-1",
                "page=100001", "size=0", "size=501", "size=abc", "minPosition=-5x", "minPosition=%3Cscript%3E")) {
            refused.add("/api/applications?" + parameter);
        }
        for (String parameter : List.of("limit=0", "limit=1001", "limit=abc", "minPosition=x")) {
            refused.add("/api/board?" + parameter);
        }
        for (String parameter : List.of("minPosition=x", "minPosition=%3Cscript%3E", "minPosition=99999999999999999999")) {
            refused.add("/api/approvals?" + parameter);
        }
        for (String id : List.of("does-not-exist", "%27%20OR%20%271%27%3D%271", "..%2F..%2Fetc%2Fpasswd",
                "a".repeat(300), "%3Cscript%3E")) {
            refused.add("/api/applications/" + id);
        }
        refused.add("/api/applications/x?minPosition=abc");
        for (String path : refused) {
            cases++;
            problemFailure("GET " + path, Api.get(system.queryUrl(path), reader)).ifPresent(failures::add);
        }
        for (String text : HostileCorpus.INJECTIONS) {
            String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
            for (String path : List.of("/api/applications?agency=" + encoded, "/api/applications?handler=" + encoded,
                    "/api/board?agency=" + encoded, "/api/approvals?agency=" + encoded)) {
                cases++;
                Api.Answer answer = Api.get(system.queryUrl(path), reader);
                if (answer.status() != 200 && problemFailure("GET " + path, answer).isPresent()) {
                    failures.add(problemFailure("GET " + path, answer).get());
                } else if (answer.status() == 200 && answer.body().contains("恶意输入目标局")) {
                    failures.add("GET " + path + ": an injection string in a filter matched other rows");
                }
            }
        }
        assertThat(failures).as(cases + " hostile queries").isEmpty();
    }

    @Test
    void injectionStringsInTextAreStoredAsWrittenAndEscapedInTheReport() {
        String agency = "<script>alert('xss')</script>某局";
        String requested = "'; DROP TABLE application_view; -- <img src=x onerror=alert(1)>";
        Api.Answer intake = Api.postJson(system.commandUrl("/api/applications"), Client.staff("hostile-text"),
                UUID.randomUUID().toString(), Api.JSON.createObjectNode().put("agency", agency)
                        .put("channel", "IN_PERSON").<com.fasterxml.jackson.databind.node.ObjectNode>set("channelDates",
                                Api.JSON.createObjectNode().put("handedInOn", today))
                        .put("category", "NATURAL_PERSON").<com.fasterxml.jackson.databind.node.ObjectNode>set(
                                "applicant", Api.JSON.createObjectNode().put("name", "<b>张三</b>")
                                        .put("idDocumentNumber", "' OR '1'='1"))
                        .put("requestedInformation", requested).put("deliveryForm", "EMAIL").toString());
        assertThat(intake.status()).as(intake.body()).isEqualTo(201);
        long position = intake.json().get("position").asLong();
        String id = intake.json().get("applicationId").asText();

        Api.Answer detail = Api.get(system.queryUrl("/api/applications/" + id + "?minPosition=" + position),
                Client.staff("hostile-text"));
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        assertThat(detail.json().at("/application/agency").asText()).isEqualTo(agency);
        assertThat(detail.json().at("/application/requestedInformation").asText()).isEqualTo(requested);

        String year = today.substring(0, 4);
        Api.Answer html = Api.get(system.queryUrl("/api/reports/" + year + "/html?agency="
                + URLEncoder.encode(agency, StandardCharsets.UTF_8) + "&minPosition=" + position),
                Client.staff("hostile-text"));
        assertThat(html.status()).as(html.body()).isEqualTo(200);
        assertThat(html.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }
}
