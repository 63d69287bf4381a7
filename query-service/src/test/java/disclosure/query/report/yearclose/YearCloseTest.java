package disclosure.query.report.yearclose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.correction.OutcomeCorrected;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.intake.DeliveryForm;
import disclosure.contract.proactive.DocumentIssued;
import disclosure.contract.proactive.DocumentKind;
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
import org.springframework.dao.DataAccessException;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * 年度结账 with two query-service instances on one database: when the injected clock passes 00:00 on 1 January
 * the year just ended is sealed exactly once per agency and for the roll-up, as the log stood at midnight;
 * regenerating a snapshot at its position gives the same bytes even after the log moved on; the report "as of" the
 * day of publication differs from the report "as of today" by what was recorded since, and the restatement lists
 * each changed cell with the events behind it; cells drill down to their applications; staff edit the prose;
 * snapshots cannot be changed.
 */
class YearCloseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENCY = "市交通运输局";
    private static final String OTHER_AGENCY = "市司法局";
    private static final Instant BEFORE_MIDNIGHT = LegalTime.startOf(LocalDate.of(2024, 12, 31), 23);
    private static final Instant MIDNIGHT = LegalTime.startOf(LocalDate.of(2025, 1, 1), 0);
    private static final Duration GRACE = Duration.ofMinutes(10);
    private static final MutableClock CLOCK = new MutableClock(BEFORE_MIDNIGHT, LegalTime.ZONE);
    private static final String TOPIC = "year-close-" + UUID.randomUUID();
    private static EventStreamWriter stream;
    private static RunningQueryService first;
    private static RunningQueryService second;

    @BeforeAll
    static void start() {
        String kafka = TestKafka.bootstrapServers();
        String database = TestDatabase.freshDatabase();
        stream = new EventStreamWriter(kafka, TOPIC);
        String[] fastChecks = {"disclosure.report.year-close-check=PT0.2S",
                "disclosure.report.year-close-initial-delay=PT0.1S", "disclosure.report.year-close-grace=" + GRACE};
        first = RunningQueryService.start(database, kafka, TOPIC, "group-" + TOPIC, CLOCK, fastChecks);
        second = RunningQueryService.start(database, kafka, TOPIC, "group-" + TOPIC, CLOCK, fastChecks);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        stream.close();
    }

    private static Sent receive(String id, String caseNumber, LocalDate on, Instant at) {
        return stream.publish(new ApplicationReceived(id, AGENCY, caseNumber, Channel.IN_PERSON,
                new ChannelDates(on, null, null, null), on, ApplicantCategory.NATURAL_PERSON,
                new Applicant("李四", "110101199001011234", null, null, null), "某文件", DeliveryForm.EMAIL, "intake-1", at));
    }

    private static Sent answer(String id, LocalDate on, Instant at) {
        return stream.publish(new AnswerRecorded(id, Outcome.DISCLOSED, "条例", on, null, null, Timeliness.ON_TIME,
                "handler-1", at));
    }

    private static JsonNode get(RunningQueryService service, String path) throws Exception {
        HttpResponse<String> response = service.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static int yearCloseSnapshots(int year) {
        return first.jdbc().queryForObject(
                "SELECT count(*) FROM report_snapshot WHERE kind = 'YEAR_CLOSE' AND year = ?", Integer.class, year);
    }

    private static JsonNode cell(JsonNode restatement, String source) {
        for (JsonNode change : restatement.get("changes")) {
            if (change.get("cell").asText().equals(source)) {
                return change;
            }
        }
        return null;
    }

    private static String agency(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    @Test
    void theYearIsSealedOnceAtMidnightAndRegeneratesByteForByte() throws Exception {
        String answered = UUID.randomUUID().toString();
        String open = UUID.randomUUID().toString();
        Instant during = LegalTime.startOf(LocalDate.of(2024, 12, 20), 10);
        receive(answered, "2024-0001", LocalDate.of(2024, 3, 1), during);
        answer(answered, LocalDate.of(2024, 3, 20), during);
        receive(open, "2024-0002", LocalDate.of(2024, 12, 20), during);
        stream.publish(new DocumentIssued("doc-1", OTHER_AGENCY, DocumentKind.NORMATIVE_DOCUMENT, "某办法",
                "某司规〔2024〕1号", LocalDate.of(2024, 5, 6), "clerk", during));
        // answered on the last day of the year, but entered only after midnight: not in the sealed report
        Sent late = answer(open, LocalDate.of(2024, 12, 31), MIDNIGHT.plus(Duration.ofMinutes(30)));
        get(first, "/api/reports/2024/full?minPosition=" + late.position());
        assertThat(yearCloseSnapshots(2024)).as("the year is not over yet").isZero();

        CLOCK.set(MIDNIGHT.plusSeconds(1));
        first.bean(YearClose.class).closeIfDue();
        assertThat(yearCloseSnapshots(2024)).as("events recorded at 23:59 may still be on their way").isZero();

        CLOCK.set(MIDNIGHT.plus(GRACE).plusSeconds(1));
        await().atMost(Duration.ofSeconds(60)).until(() -> yearCloseSnapshots(2024) == 3);
        assertThat(first.bean(YearClose.class).close(2024)).isFalse();
        assertThat(second.bean(YearClose.class).close(2024)).isFalse();
        assertThat(yearCloseSnapshots(2024)).as("one per agency and the roll-up, however many instances").isEqualTo(3);
        assertThat(first.jdbc().queryForObject("SELECT count(*) FROM report_year_close WHERE year = 2024",
                Integer.class)).isEqualTo(1);

        JsonNode listed = get(second, "/api/reports/snapshots?year=2024&agency=" + agency(AGENCY));
        assertThat(listed).hasSize(1);
        long number = listed.get(0).get("number").asLong();
        assertThat(listed.get(0).get("kind").asText()).isEqualTo("YEAR_CLOSE");
        assertThat(listed.get(0).get("position").asLong()).isEqualTo(late.position() - 1);
        assertThat(listed.get(0).get("eventsHash").asText()).hasSize(64);
        JsonNode sealed = get(first, "/api/reports/snapshots/" + number);
        assertThat(sealed.at("/basis/asOf").asText()).isEqualTo("2024-12-31T16:00:00Z");
        assertThat(sealed.at("/table3/rows/new/6").asInt()).isEqualTo(2);
        assertThat(sealed.at("/table3/rows/carried_forward/6").asInt()).as("open at midnight as far as the log knew")
                .isEqualTo(1);
        assertThat(sealed.at("/basis/eventCount").asInt()).as("the agency's own events recorded by midnight")
                .isEqualTo(3);

        // the log moves on; the sealed snapshot still regenerates to the same bytes
        receive(UUID.randomUUID().toString(), "2025-0001", LocalDate.of(2025, 1, 2),
                LegalTime.startOf(LocalDate.of(2025, 1, 2), 9));
        Sent later = stream.publish(new OutcomeCorrected(answered, Outcome.DISCLOSED, Outcome.WITHHELD_THIRD_PARTY_RIGHTS,
                "条例第十五条", "登记有误", "handler-1", LegalTime.startOf(LocalDate.of(2025, 1, 3), 9)));
        get(first, "/api/reports/2024/full?minPosition=" + later.position());
        JsonNode verification = get(second, "/api/reports/snapshots/" + number + "/verify");
        assertThat(verification.get("identical").asBoolean()).isTrue();
        assertThat(verification.get("tablesIdentical").asBoolean()).isTrue();
        assertThat(verification.get("regeneratedEventsHash").asText()).isEqualTo(listed.get(0).get("eventsHash").asText());
        HttpResponse<String> again = first.get("/api/reports/snapshots/" + number);
        assertThat(again.body()).isEqualTo(second.get("/api/reports/snapshots/" + number).body());

        // as published (the log as it stood on 2024-12-31) versus as of today
        JsonNode asPublished = get(first, "/api/reports/2024/full?agency=" + agency(AGENCY) + "&asOf=2024-12-31");
        JsonNode today = get(first, "/api/reports/2024/full?agency=" + agency(AGENCY));
        assertThat(asPublished.at("/table3/rows/carried_forward/6").asInt()).isEqualTo(1);
        assertThat(today.at("/table3/rows/carried_forward/6").asInt()).isZero();
        assertThat(today.at("/table3/rows/total/6").asInt()).isEqualTo(2);

        // the restatement: every cell that changed since the year close, and the events behind it
        JsonNode restatement = get(first, "/api/reports/snapshots/" + number + "/restatement");
        JsonNode carried = cell(restatement, "table3:carried_forward:6");
        assertThat(carried.get("published").asText()).isEqualTo("1");
        assertThat(carried.get("now").asText()).isEqualTo("0");
        assertThat(carried.at("/removed/0/id").asText()).isEqualTo(open);
        assertThat(carried.get("corrections").findValuesAsText("eventId")).containsExactly(late.eventId());
        JsonNode withheld = cell(restatement, "table3:3.4:6");
        assertThat(withheld.at("/added/0/id").asText()).isEqualTo(answered);
        assertThat(withheld.get("corrections").findValuesAsText("type")).containsExactly("OutcomeCorrected");
        assertThat(cell(restatement, "table3:new:6")).as("unchanged cells are not listed").isNull();

        // provenance: a cell, its applications, their events and the rule
        JsonNode trace = get(first, "/api/reports/2024/provenance?cell=table3:new:6&agency=" + agency(AGENCY));
        assertThat(trace.get("count").asInt()).isEqualTo(2);
        assertThat(trace.get("rule").asText()).contains("收到申请之日");
        assertThat(trace.get("items").findValuesAsText("id")).containsExactlyInAnyOrder(answered, open);
        assertThat(trace.at("/items/0/events/0/type").asText()).isEqualTo("ApplicationReceived");
        JsonNode documents = get(first, "/api/reports/2024/provenance?cell=table2:NORMATIVE_DOCUMENT:2");
        assertThat(documents.at("/items/0/name").asText()).contains("某司规〔2024〕1号");
        HttpResponse<String> unknownCell = first.get("/api/reports/2024/provenance?cell=table9:x:1");
        assertThat(unknownCell.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(unknownCell.body()).get("code").asText()).isEqualTo("UNKNOWN_CELL");

        JsonNode roll = JSON.readTree(first.get("/api/reports/snapshots?year=2024").body());
        assertThat(roll).hasSize(1);
        assertThat(roll.get(0).get("agency").isNull()).isTrue();

        assertThatThrownBy(() -> first.jdbc().update("UPDATE report_snapshot SET position = 0 WHERE number = ?", number))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> first.jdbc().update("DELETE FROM report_snapshot WHERE number = ?", number))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aDraftIsNumberedAndRegeneratesToTheSameBytesAtItsPosition() throws Exception {
        String user = "staff-7";
        HttpResponse<String> created = first.post("/api/reports/2023/drafts?agency=" + agency(OTHER_AGENCY), "", user);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode draft = JSON.readTree(created.body());
        assertThat(draft.get("kind").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("generatedBy").asText()).isEqualTo(user);
        long number = draft.get("number").asLong();

        Sent more = stream.publish(new DocumentIssued("doc-2023", OTHER_AGENCY, DocumentKind.REGULATION, "某规章",
                "市政府令第9号", LocalDate.of(2023, 7, 1), "clerk", CLOCK.instant()));
        get(first, "/api/reports/2023/full?minPosition=" + more.position());
        JsonNode verification = get(second, "/api/reports/snapshots/" + number + "/verify");
        assertThat(verification.get("identical").asBoolean()).isTrue();
        JsonNode now = get(second, "/api/reports/2023/full?agency=" + agency(OTHER_AGENCY));
        assertThat(now.at("/table2/documents/REGULATION/0").asInt()).isEqualTo(1);
        JsonNode stored = get(second, "/api/reports/snapshots/" + number);
        assertThat(stored.at("/table2/documents/REGULATION/0").asInt()).isZero();
    }

    @Test
    void staffEditTheProseWithFiguresAndEveryTypedNumberIsFlagged() throws Exception {
        String path = "/api/reports/2022/text/" + URLEncoder.encode("五.问题及改进", StandardCharsets.UTF_8)
                + "?agency=" + agency(AGENCY);
        HttpResponse<String> edited = first.send("PUT", path,
                "{\"template\": \"{{年度}}年共收到申请{{本年新收}}件，网站发布信息269条。\"}", "staff-9");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode paragraph = JSON.readTree(edited.body());
        assertThat(paragraph.get("text").asText()).isEqualTo("2022年共收到申请0件，网站发布信息269条。");
        assertThat(paragraph.get("edited").asBoolean()).isTrue();
        assertThat(paragraph.get("untraceableNumbers").toString()).isEqualTo("[\"269\"]");
        assertThat(paragraph.get("figures").findValuesAsText("source")).containsExactly("year", "table3:new:6");
        JsonNode report = get(second, "/api/reports/2022/full?agency=" + agency(AGENCY));
        assertThat(report.at("/parts/4/paragraphs/1/text").asText()).isEqualTo("2022年共收到申请0件，网站发布信息269条。");

        HttpResponse<String> unknownFigure = first.send("PUT", path, "{\"template\": \"{{本年新收件数}}\"}", "staff-9");
        assertThat(unknownFigure.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(unknownFigure.body()).get("detail").asText()).contains("本年新收件数", "本年新收");
        HttpResponse<String> unknownParagraph = first.send("PUT", "/api/reports/2022/text/nope", "{\"template\": \"x\"}",
                "staff-9");
        assertThat(unknownParagraph.statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = first.send("PUT", path, "{not json", "staff-9");
        assertThat(malformed.statusCode()).isEqualTo(400);
        HttpResponse<String> missing = first.send("PUT", path, "{}", "staff-9");
        assertThat(missing.statusCode()).isEqualTo(400);
    }

    @Test
    void unknownSnapshotsAndBadParametersAreClearProblems() throws Exception {
        HttpResponse<String> missing = first.get("/api/reports/snapshots/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("code").asText()).isEqualTo("SNAPSHOT_NOT_FOUND");
        HttpResponse<String> badAsOf = first.get("/api/reports/2024/full?asOf=yesterday");
        assertThat(badAsOf.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badAsOf.body()).get("detail").asText()).contains("asOf");
        HttpResponse<String> both = first.get("/api/reports/2024/full?asOf=2024-12-31&position=1");
        assertThat(both.statusCode()).isEqualTo(400);
        HttpResponse<String> beyond = first.get("/api/reports/2024/full?position=99999999");
        assertThat(beyond.statusCode()).isEqualTo(422);
        HttpResponse<String> format = first.get("/api/reports/2024/full/export/pdf");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(format.body()).get("code").asText()).isEqualTo("UNKNOWN_FORMAT");
        HttpResponse<String> noUser = first.post("/api/reports/2024/drafts", "", null);
        assertThat(noUser.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(noUser.body()).get("code").asText()).isEqualTo("NOT_AUTHENTICATED");
    }
}
