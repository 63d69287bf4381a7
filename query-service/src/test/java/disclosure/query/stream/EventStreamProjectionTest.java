package disclosure.query.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.correction.ApplicantCategoryCorrected;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.intake.DeliveryForm;
import disclosure.contract.supplement.SupplementRequested;
import disclosure.query.support.EventStreamWriter;
import disclosure.query.support.EventStreamWriter.Sent;
import disclosure.query.support.RunningQueryService;
import disclosure.statute.LegalTime;
import disclosure.statute.clock.Timeliness;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;
import disclosure.statute.outcome.Outcome;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * query-service consuming a real Kafka topic into a real PostgreSQL: the list and detail read models,
 * read-your-writes, duplicates and unreadable records.
 */
class EventStreamProjectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Today: 2024-03-15, 10:00 Beijing time. */
    private static final Instant NOW = LegalTime.startOf(LocalDate.of(2024, 3, 15), 10);
    private static final String TOPIC = "events-" + UUID.randomUUID();
    private static RunningQueryService service;
    private static EventStreamWriter stream;

    @BeforeAll
    static void start() {
        String kafka = TestKafka.bootstrapServers();
        stream = new EventStreamWriter(kafka, TOPIC);
        service = RunningQueryService.start(TestDatabase.freshDatabase(), kafka, TOPIC, "query-" + TOPIC,
                new MutableClock(NOW, LegalTime.ZONE), "disclosure.read-your-writes-timeout=2s");
    }

    @AfterAll
    static void stop() {
        service.close();
        stream.close();
    }

    private static ApplicationReceived received(String id, String agency, String caseNumber, LocalDate on) {
        return new ApplicationReceived(id, agency, caseNumber, Channel.IN_PERSON,
                new ChannelDates(on, null, null, null), on, ApplicantCategory.NATURAL_PERSON,
                new Applicant("李四", "110101199001011234", "13900000000", null, null), "某道路改造工程批复文件",
                DeliveryForm.EMAIL, "intake-1", NOW);
    }

    private static JsonNode get(String pathAndQuery) {
        HttpResponse<String> response = service.get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anApplicationAppearsWithItsClockAndCloses() {
        String id = UUID.randomUUID().toString();
        Sent intake = stream.publish(received(id, "市交通运输局", "2024-0001", LocalDate.of(2024, 3, 1)));

        JsonNode open = get("/api/applications/" + id + "?minPosition=" + intake.position());
        assertThat(open.at("/application/status").asText()).isEqualTo("OPEN");
        assertThat(open.at("/application/phase").asText()).isEqualTo("RUNNING");
        // received 2024-03-01: the 20th working day is 2024-03-29
        assertThat(open.at("/application/answerDue").asText()).isEqualTo("2024-03-29");
        assertThat(open.at("/clock/trace").size()).isGreaterThan(0);

        Sent answer = stream.publish(new AnswerRecorded(id, Outcome.PARTLY_DISCLOSED, "条例第三十七条",
                LocalDate.of(2024, 3, 15), "部分公开", LocalDate.of(2024, 3, 29), Timeliness.ON_TIME, "handler-7", NOW));
        JsonNode closed = get("/api/applications/" + id + "?minPosition=" + answer.position());
        assertThat(closed.at("/application/status").asText()).isEqualTo("CLOSED");
        assertThat(closed.at("/application/outcome").asText()).isEqualTo("2");
        assertThat(closed.at("/application/handler").asText()).isEqualTo("handler-7");
        assertThat(closed.at("/timeline").size()).isEqualTo(2);
        assertThat(closed.at("/timeline/1/type").asText()).isEqualTo("AnswerRecorded");
        assertThat(closed.at("/timeline/1/by").asText()).isEqualTo("handler-7");
    }

    @Test
    void aCaseNumberAsLongAsTheCommandSideKeepsIsListed() {
        String id = UUID.randomUUID().toString();
        String caseNumber = "某市自然资源和规划局依申请公开〔2024〕第0000001号（复核案件补充编号）"; // 40 characters, as a ledger may bring
        assertThat(caseNumber.codePointCount(0, caseNumber.length())).isEqualTo(40);
        Sent intake = stream.publish(received(id, "市自然资源和规划局", caseNumber, LocalDate.of(2024, 3, 1)));

        JsonNode listed = get("/api/applications/" + id + "?minPosition=" + intake.position());
        assertThat(listed.at("/application/caseNumber").asText()).isEqualTo(caseNumber);
    }

    @Test
    void aDuplicateOrReplayedEventChangesNothing() {
        String id = UUID.randomUUID().toString();
        Sent intake = stream.publish(received(id, "市财政局", "2024-0001", LocalDate.of(2024, 3, 1)));
        Sent correction = stream.publish(new ApplicantCategoryCorrected(id, ApplicantCategory.NATURAL_PERSON,
                ApplicantCategory.RESEARCH_INSTITUTION, "科研院所", "handler-1", NOW));
        JsonNode before = get("/api/applications/" + id + "?minPosition=" + correction.position());
        assertThat(before.at("/application/category").asText()).isEqualTo("RESEARCH_INSTITUTION");

        stream.resend(correction);
        stream.resend(intake);
        Sent marker = stream.publish(received(UUID.randomUUID().toString(), "市财政局", "2024-0002",
                LocalDate.of(2024, 3, 4)));
        JsonNode after = get("/api/applications/" + id + "?minPosition=" + marker.position());

        assertThat(after.get("application")).isEqualTo(before.get("application"));
        assertThat(after.at("/timeline").size()).isEqualTo(2);
        assertThat(service.jdbc().queryForObject("SELECT count(*) FROM event_log WHERE application_id = ?",
                Long.class, id)).isEqualTo(2);
    }

    @Test
    void minPositionWaitsForEveryEarlierEventAndAnswers503WhenOneNeverComes() throws Exception {
        String id = UUID.randomUUID().toString();
        Sent intake = stream.publish(received(id, "市教育局", "2024-0001", LocalDate.of(2024, 3, 1)));
        get("/api/applications?minPosition=" + intake.position());

        HttpResponse<String> tooFar = service.get("/api/applications?minPosition=" + (intake.position() + 1000));
        assertThat(tooFar.statusCode()).isEqualTo(503);
        JsonNode problem = JSON.readTree(tooFar.body());
        assertThat(problem.get("code").asText()).isEqualTo("NOT_YET_REFLECTED");
        assertThat(problem.get("title").asText()).contains("尚未");
        assertThat(tooFar.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void unreadableRecordsAreSetAsideWithoutStoppingTheStream() {
        long rejectedBefore = get("/api/status").get("rejectedRecords").asLong();
        stream.sendGarbage("nonsense", "{not json");
        String id = UUID.randomUUID().toString();
        Sent intake = stream.publish(received(id, "市民政局", "2024-0001", LocalDate.of(2024, 3, 1)));

        JsonNode detail = get("/api/applications/" + id + "?minPosition=" + intake.position());
        assertThat(detail.at("/application/caseNumber").asText()).isEqualTo("2024-0001");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(get("/api/status").get("rejectedRecords").asLong()).isEqualTo(rejectedBefore + 1));
    }

    @Test
    void listFiltersAndPaging() {
        String agency = "市卫生健康委员会-" + UUID.randomUUID();
        String overdue = UUID.randomUUID().toString();
        String awaiting = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        stream.publish(received(overdue, agency, "2024-0001", LocalDate.of(2024, 2, 1)));
        stream.publish(received(awaiting, agency, "2024-0002", LocalDate.of(2024, 3, 1)));
        stream.publish(new SupplementRequested(awaiting, LocalDate.of(2024, 3, 4), "身份证明",
                LocalDate.of(2024, 3, 25), "handler-2", NOW));
        Sent last = stream.publish(received(recent, agency, "2024-0003", LocalDate.of(2024, 3, 14)));
        String base = "/api/applications?agency=" + java.net.URLEncoder.encode(agency, java.nio.charset.StandardCharsets.UTF_8)
                + "&minPosition=" + last.position();

        assertThat(get(base).get("total").asLong()).isEqualTo(3);
        // received 2024-02-01 → due 2024-03-05 (9 working days before 2-19 plus the Spring Festival): overdue today
        JsonNode late = get(base + "&overdue=true");
        assertThat(late.get("items")).extracting(item -> item.get("applicationId").asText()).containsExactly(overdue);
        // received 2024-03-14 → due 2024-04-12; within 20 working days of 2024-03-15 (→ 2024-04-15)
        JsonNode dueSoon = get(base + "&dueWithin=20");
        assertThat(dueSoon.get("items")).extracting(item -> item.get("applicationId").asText())
                .containsExactlyInAnyOrder(overdue, recent);
        JsonNode supplement = get("/api/applications/" + awaiting + "?minPosition=" + last.position());
        assertThat(supplement.at("/application/phase").asText()).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(supplement.at("/application/supplementDue").asText()).isEqualTo("2024-03-25");
        JsonNode firstPage = get(base + "&size=2&page=0");
        JsonNode secondPage = get(base + "&size=2&page=1");
        assertThat(firstPage.get("items").size()).isEqualTo(2);
        assertThat(secondPage.get("items").size()).isEqualTo(1);
        assertThat(get(base + "&handler=handler-2").get("total").asLong()).isEqualTo(1);

        // the at-risk board: overdue first (due 3-05, 8 working days ago: 3-6..3-8, 3-11..3-15), then by days left
        // (due 4-12: 19 working days after 3-15); the one awaiting a supplement is not on it
        JsonNode board = get("/api/board?agency=" + java.net.URLEncoder.encode(agency,
                java.nio.charset.StandardCharsets.UTF_8) + "&minPosition=" + last.position());
        assertThat(board.get("applications")).extracting(item -> item.get("applicationId").asText() + " "
                + item.get("workingDaysLeft").asInt() + " " + item.get("overdue").asBoolean())
                .containsExactly(overdue + " -8 true", recent + " 19 false");
    }

    @Test
    void badFiltersAreClearProblems() throws Exception {
        HttpResponse<String> badStatus = service.get("/api/applications?status=MAYBE");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badStatus.body()).get("detail").asText()).contains("OPEN", "CLOSED");
        assertThat(service.get("/api/applications?size=100000").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = service.get("/api/applications/" + UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("title_en").asText()).isEqualTo("No such application");
    }

    @Test
    void theReadPositionWaitsUntilEveryEarlierPublishedEventIsApplied() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Sent earlier = stream.prepare(received(first, "市统计局", "2024-0001", LocalDate.of(2024, 3, 1)), 1);
        Sent later = stream.prepare(received(second, "市统计局", "2024-0002", LocalDate.of(2024, 3, 4)), 3);

        stream.resend(later);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(service.jdbc().queryForObject(
                "SELECT count(*) FROM event_log WHERE event_id = ?", Long.class, later.eventId())).isEqualTo(1));
        assertThat(get("/api/status").get("appliedPosition").asLong()).isLessThan(earlier.position());
        assertThat(service.get("/api/applications/" + second + "?minPosition=" + later.position()).statusCode())
                .as("applied, but an earlier event is missing").isEqualTo(503);

        stream.resend(earlier);
        JsonNode detail = get("/api/applications/" + second + "?minPosition=" + later.position());
        assertThat(detail.at("/application/caseNumber").asText()).isEqualTo("2024-0002");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/status").get("caughtUp").asBoolean()).isTrue());
    }

    @Test
    void operatorsSeeTheProjectionInHealthAndMetrics() {
        JsonNode health = get("/actuator/health");
        assertThat(health.at("/components/projection/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/projection/details/appliedPosition").isNumber()).isTrue();
        assertThat(service.get("/actuator/metrics/disclosure.projection.lag").statusCode()).isEqualTo(200);
        assertThat(service.get("/actuator/metrics/disclosure.events.applied").statusCode()).isEqualTo(200);
    }
}
