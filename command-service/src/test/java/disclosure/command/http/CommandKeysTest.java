package disclosure.command.http;

import disclosure.testsupport.TestStaff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.command.support.RunningCommandService;
import disclosure.statute.LegalTime;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command sent again with its Idempotency-Key — after a lost answer, or by several threads at once — is carried
 * out once and answered as the first time; the key is in the metadata of the events it stored; a key used for
 * another request is refused.
 */
class CommandKeysTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MutableClock CLOCK = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10),
            LegalTime.ZONE);
    private static final String INTAKE = """
            {"agency": "市统计局", "channel": "IN_PERSON", "channelDates": {"handedInOn": "2024-03-01"},
             "category": "NATURAL_PERSON", "applicant": {"name": "李四", "idDocumentNumber": "110101199001011234"},
             "requestedInformation": "统计公报", "deliveryForm": "EMAIL"}""";
    private static RunningCommandService service;

    @BeforeAll
    static void start() {
        service = RunningCommandService.start(TestDatabase.freshDatabase(), CLOCK);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> post(String path, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path)))
                .header("Content-Type", "application/json").header("Authorization", TestStaff.bearer(RunningCommandService.USER))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (key != null) {
            request.header(CommandKeys.HEADER, key);
        }
        return service.send(request);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private static long eventsWithKey(String key) {
        return service.jdbc().queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' = ?""", Long.class, key);
    }

    @Test
    void anIntakeSentTwiceWithItsKeyIsOneApplicationAnsweredTheSameTwice() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("/api/applications", key, INTAKE);
        HttpResponse<String> again = post("/api/applications", key, INTAKE);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(json(again)).isEqualTo(json(first));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(eventsWithKey(key)).isEqualTo(1);
        assertThat(service.jdbc().queryForObject("SELECT count(*) FROM case_number WHERE application_id = ?",
                Long.class, json(first).get("applicationId").asText())).isEqualTo(1);
    }

    @Test
    void racingCopiesOfOneCommandStoreItOnceAndAllGetItsAnswer() throws Exception {
        String id = json(post("/api/applications", null, INTAKE)).get("applicationId").asText();
        String key = UUID.randomUUID().toString();
        int copies = 6;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return post("/api/applications/" + id + "/answer", key,
                        "{\"outcome\": \"1\", \"legalBasis\": \"条例第三十六条\", \"answeredOn\": \"2024-03-15\"}");
            }));
        }
        go.countDown();
        List<JsonNode> bodies = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            bodies.add(json(response));
        }
        pool.shutdown();
        assertThat(bodies).allSatisfy(body -> assertThat(body).isEqualTo(bodies.get(0)));
        assertThat(service.jdbc().queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%AnswerRecorded'""", Long.class, id))
                .isEqualTo(1);
        assertThat(eventsWithKey(key)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefusedAndAMalformedKeyToo() {
        String key = UUID.randomUUID().toString();
        String id = json(post("/api/applications", key, INTAKE)).get("applicationId").asText();
        long before = service.eventCount();

        HttpResponse<String> reused = post("/api/applications/" + id + "/withdrawal", key,
                "{\"withdrawnOn\": \"2024-03-15\"}");
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(json(reused).get("code").asText()).isEqualTo("COMMAND_KEY_REUSED");
        assertThat(json(reused).get("detail").asText()).contains("幂等键");

        HttpResponse<String> malformed = post("/api/applications", "<script>", INTAKE);
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
        assertThat(json(malformed).get("code").asText()).isEqualTo("INVALID_VALUE");
        assertThat(service.eventCount()).isEqualTo(before);
    }
}
