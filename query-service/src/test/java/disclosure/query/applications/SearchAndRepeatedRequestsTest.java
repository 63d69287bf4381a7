package disclosure.query.applications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.intake.DeliveryForm;
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

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The list's search and urgency order, and the 重复申请 warning's lookup, on real Kafka and PostgreSQL. */
class SearchAndRepeatedRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = LegalTime.startOf(LocalDate.of(2024, 3, 15), 10);
    private static final String TOPIC = "search-" + UUID.randomUUID();
    private static RunningQueryService service;
    private static EventStreamWriter stream;

    @BeforeAll
    static void start() {
        String kafka = TestKafka.bootstrapServers();
        stream = new EventStreamWriter(kafka, TOPIC);
        service = RunningQueryService.start(TestDatabase.freshDatabase(), kafka, TOPIC, "query-" + TOPIC,
                new MutableClock(NOW, LegalTime.ZONE));
    }

    @AfterAll
    static void stop() {
        service.close();
        stream.close();
    }

    private static Sent receive(String agency, String caseNumber, LocalDate on, String name, String idNumber,
                                String information) {
        return stream.publish(new ApplicationReceived(UUID.randomUUID().toString(), agency, caseNumber,
                Channel.IN_PERSON, new ChannelDates(on, null, null, null), on, ApplicantCategory.NATURAL_PERSON,
                new Applicant(name, idNumber, null, null, null), information, DeliveryForm.EMAIL, "intake-1", NOW));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> caseNumbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("caseNumber").asText()));
        return numbers;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void searchFindsACaseByItsNumberItsApplicantOrWordsOfItsRequest() throws IOException {
        String agency = "市规划和自然资源局-" + UUID.randomUUID();
        receive(agency, "2024-0101", LocalDate.of(2024, 3, 1), "赵六", "110101199001010011", "某地块控制性详细规划");
        Sent last = receive(agency, "2024-0102", LocalDate.of(2024, 3, 4), "钱七", "110101199001010022",
                "2023年建设用地审批目录");
        String base = "/api/applications?agency=" + encode(agency) + "&minPosition=" + last.position() + "&q=";

        assertThat(caseNumbers(json(service.get(base + "0102")))).containsExactly("2024-0102");
        assertThat(caseNumbers(json(service.get(base + encode("赵六"))))).containsExactly("2024-0101");
        assertThat(caseNumbers(json(service.get(base + encode("建设用地"))))).containsExactly("2024-0102");
        assertThat(caseNumbers(json(service.get(base + encode("%"))))).isEmpty();
    }

    @Test
    void theUrgencyOrderPutsOverdueFirstThenByDueDateAndClosedLast() throws IOException {
        String agency = "市水务局-" + UUID.randomUUID();
        Sent closed = receive(agency, "2024-0201", LocalDate.of(2024, 1, 2), "甲", "1", "甲的申请");
        stream.publish(new AnswerRecorded(closed.event().applicationId(), Outcome.DISCLOSED, "条例第三十六条",
                LocalDate.of(2024, 1, 10), null, LocalDate.of(2024, 1, 30), Timeliness.ON_TIME, "h", NOW));
        receive(agency, "2024-0202", LocalDate.of(2024, 3, 12), "乙", "2", "乙的申请");
        receive(agency, "2024-0203", LocalDate.of(2024, 2, 1), "丙", "3", "丙的申请");
        Sent last = receive(agency, "2024-0204", LocalDate.of(2024, 3, 1), "丁", "4", "丁的申请");

        JsonNode page = json(service.get("/api/applications?order=URGENCY&agency=" + encode(agency)
                + "&minPosition=" + last.position()));
        // 0203 (received 1 Feb) is overdue by 15 March; 0204 is due 29 March, 0202 in April; 0201 is closed
        assertThat(caseNumbers(page)).containsExactly("2024-0203", "2024-0204", "2024-0202", "2024-0201");
    }

    @Test
    void anEarlierRequestForSimilarInformationBySameApplicantIsFound() throws IOException {
        String agency = "市住房保障局-" + UUID.randomUUID();
        receive(agency, "2024-0301", LocalDate.of(2024, 1, 5), "孙八", "110101198001012233",
                "2023年本局保障性住房分配名单");
        receive(agency, "2024-0302", LocalDate.of(2024, 1, 8), "孙八", "110101198001012233", "本局机构设置文件");
        receive(agency, "2024-0303", LocalDate.of(2024, 1, 9), "周九", "110101197001014455",
                "2023年本局保障性住房分配名单");
        Sent last = receive("另一机关-" + UUID.randomUUID(), "2024-0304", LocalDate.of(2024, 1, 9), "孙八",
                "110101198001012233", "2023年本局保障性住房分配名单");

        JsonNode similar = json(service.post("/api/applications/similar?minPosition=" + last.position(),
                JSON.createObjectNode().put("agency", agency).put("idDocumentNumber", "110101198001012233")
                        .put("requestedInformation", "本局2023年保障性住房的分配名单").toString()));

        assertThat(similar).hasSize(1);
        assertThat(similar.get(0).get("caseNumber").asText()).isEqualTo("2024-0301");
        assertThat(similar.get(0).get("similarity").asDouble()).isGreaterThanOrEqualTo(RepeatedRequests.SIMILAR);
    }

    @Test
    void aProbeWithoutItsFieldsIsABadRequest() {
        HttpResponse<String> response = service.post("/api/applications/similar", "{\"agency\": \"市某局\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("idDocumentNumber");
    }

    @Test
    void similarityCountsSharedCharacterPairs() {
        Set<String> pairs = RepeatedRequests.pairsOf("保障性住房名单");
        assertThat(RepeatedRequests.similarity(pairs, "保障性住房名单")).isEqualTo(1.0);
        assertThat(RepeatedRequests.similarity(pairs, "机构设置文件")).isZero();
        assertThat(RepeatedRequests.similarity(pairs, "")).isZero();
    }
}
