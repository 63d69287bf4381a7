package disclosure.faults.concurrency;

import disclosure.faults.support.Api;
import disclosure.faults.support.Client;
import disclosure.faults.support.FaultSystem;
import disclosure.faults.support.RebuildCheck;
import disclosure.faults.support.Sql;
import disclosure.faults.support.Summary;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 3: many handlers racing on one application — answers, extensions, withdrawals and corrections sent at
 * the same moment by different staff. Exactly one wins each race, every other gets a 409 problem, and the
 * aggregate's invariants hold in the log: one closing, at most one extension, one event per winner.
 */
class ConcurrentHandlersTest {
    private static final int APPLICATIONS = 12;
    private static final int RACERS = 8;
    private static final String AGENCY = "某市自然资源和规划局";
    private final FaultSystem system = FaultSystem.shared();
    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final List<String> keys = new ArrayList<>();

    private record Racer(String path, String body) {}

    @Test
    void exactlyOneHandlerWinsEachRaceAndTheOthersGet409() throws Exception {
        List<String> failures = new ArrayList<>();
        for (int a = 0; a < APPLICATIONS; a++) {
            Api.Answer intake = post(Client.staff("race-intake"), "/api/applications", """
                    {"agency": "%s", "channel": "IN_PERSON", "channelDates": {"handedInOn": "%s"},
                     "category": "NATURAL_PERSON", "applicant": {"name": "赵六", "idDocumentNumber": "110101199001011234"},
                     "requestedInformation": "规划许可", "deliveryForm": "EMAIL"}""".formatted(AGENCY, today), null);
            assertThat(intake.status()).as(intake.body()).isEqualTo(201);
            String id = intake.json().get("applicationId").asText();
            String base = "/api/applications/" + id;

            List<Racer> first = new ArrayList<>();
            for (int r = 0; r < RACERS; r++) {
                first.add(switch (r % 3) {
                    case 0 -> new Racer(base + "/answer", """
                            {"outcome": "1", "legalBasis": "条例第三十六条", "answeredOn": "%s"}""".formatted(today));
                    case 1 -> new Racer(base + "/extension", """
                            {"workingDays": %d, "approvedBy": "主任", "decidedOn": "%s", "reason": "调档"}"""
                            .formatted(5 + r, today));
                    default -> new Racer(base + "/withdrawal", """
                            {"withdrawnOn": "%s", "reason": "申请人撤回"}""".formatted(today));
                });
            }
            race("with If-Match " + id, first, "0", failures);
            boolean open = lastEventType(id).endsWith("AnswerPeriodExtended");
            if (open) {
                List<Racer> answers = new ArrayList<>();
                for (int r = 0; r < RACERS; r++) {
                    answers.add(new Racer(base + "/answer", """
                            {"outcome": "%s", "legalBasis": "条例第三十六条", "answeredOn": "%s"}"""
                            .formatted(r % 2 == 0 ? "1" : "4.1", today)));
                }
                race("answers without If-Match " + id, answers, null, failures);
            }
            List<Racer> corrections = new ArrayList<>();
            for (int r = 0; r < RACERS; r++) {
                corrections.add(r % 2 == 0
                        ? new Racer(base + "/corrections/outcome", """
                            {"outcome": "%s", "legalBasis": "条例第三十八条", "reason": "登记错误"}"""
                            .formatted(r % 4 == 0 ? "4.2" : "4.3"))
                        : new Racer(base + "/corrections/category", """
                            {"category": "%s", "reason": "登记错误"}"""
                            .formatted(r % 4 == 1 ? "COMMERCIAL_ENTERPRISE" : "RESEARCH_INSTITUTION")));
            }
            race("corrections with If-Match " + id, corrections, Long.toString(version(id)), failures);
        }

        long eventsFromKeys;
        List<List<Object>> perApplication;
        try (Connection store = system.commandDatabase()) {
            eventsFromKeys = Sql.count(store, """
                    SELECT count(DISTINCT convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey')
                    FROM domain_event_entry WHERE meta_data IS NOT NULL
                    AND convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' = ANY (?)""",
                    (Object) keys.toArray(String[]::new));
            perApplication = Sql.rows(store, """
                    SELECT aggregate_identifier,
                           count(*) FILTER (WHERE payload_type LIKE '%AnswerRecorded' OR payload_type LIKE '%ApplicationWithdrawn'),
                           count(*) FILTER (WHERE payload_type LIKE '%AnswerPeriodExtended'),
                           count(*), max(sequence_number)
                    FROM domain_event_entry WHERE aggregate_identifier IN (
                        SELECT aggregate_identifier FROM domain_event_entry WHERE payload_type LIKE '%ApplicationReceived'
                        AND convert_from(payload, 'UTF8')::jsonb ->> 'agency' = ?)
                    GROUP BY aggregate_identifier""", AGENCY);
        }
        RebuildCheck.Result rebuild = RebuildCheck.compareTables(system);
        Summary.add(new Summary.Row("concurrent handlers (" + APPLICATIONS + " applications × " + RACERS
                + " racers)", sent.get(), acknowledged.get(), eventsFromKeys, rebuild.equal()));

        assertThat(failures).as("races not won by exactly one").isEmpty();
        assertThat(eventsFromKeys).as("commands in the log").isEqualTo(acknowledged.get());
        assertThat(perApplication).hasSize(APPLICATIONS).allSatisfy(row -> {
            assertThat(((Number) row.get(1)).longValue()).as("closings of " + row.get(0)).isEqualTo(1);
            assertThat(((Number) row.get(2)).longValue()).as("extensions of " + row.get(0)).isLessThanOrEqualTo(1);
            assertThat(((Number) row.get(4)).longValue() + 1).as("sequence without gaps")
                    .isEqualTo(((Number) row.get(3)).longValue());
        });
        assertThat(rebuild.differences()).isEmpty();
    }

    /** All racers at once; exactly one must get 200, every other a 409 problem. */
    private void race(String what, List<Racer> racers, String ifMatch, List<String> failures) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (int r = 0; r < racers.size(); r++) {
            Racer racer = racers.get(r);
            Client handler = Client.staff("handler-" + r);
            answers.add(pool.submit(() -> {
                go.await();
                return post(handler, racer.path(), racer.body(), ifMatch);
            }));
        }
        go.countDown();
        int won = 0;
        for (Future<Api.Answer> future : answers) {
            Api.Answer answer = future.get();
            if (answer.status() == 200) {
                won++;
            } else if (answer.status() != 409 || !answer.header("Content-Type").orElse("")
                    .startsWith("application/problem+json")) {
                failures.add(what + ": " + answer.status() + " " + answer.body());
            }
        }
        pool.shutdown();
        if (won != 1) {
            failures.add(what + ": " + won + " winners");
        }
    }

    private Api.Answer post(Client client, String path, String body, String ifMatch) {
        String key = UUID.randomUUID().toString();
        synchronized (keys) {
            keys.add(key);
        }
        sent.incrementAndGet();
        Api.Answer answer = ifMatch == null ? Api.postJson(system.commandUrl(path), client, key, body)
                : Api.send(client, java.net.http.HttpRequest.newBuilder(java.net.URI.create(system.commandUrl(path)))
                .header("Content-Type", "application/json").header("If-Match", ifMatch).header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8)));
        if (answer.success()) {
            acknowledged.incrementAndGet();
        }
        return answer;
    }

    private String lastEventType(String id) throws Exception {
        try (Connection store = system.commandDatabase()) {
            return Sql.strings(store, "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "ORDER BY sequence_number DESC LIMIT 1", id).get(0);
        }
    }

    private long version(String id) throws Exception {
        try (Connection store = system.commandDatabase()) {
            return Sql.count(store, "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    id);
        }
    }
}
