package disclosure.query.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.contract.ApplicationEvent;
import disclosure.contract.alert.AlertAcknowledged;
import disclosure.contract.alert.AnswerDueSoon;
import disclosure.contract.alert.AnswerOverdue;
import disclosure.contract.fee.FeePaymentExpired;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.intake.DeliveryForm;
import disclosure.contract.supplement.SupplementPeriodExpired;
import disclosure.contract.supplement.SupplementRequested;
import disclosure.query.support.EventStreamWriter;
import disclosure.query.support.EventStreamWriter.Sent;
import disclosure.query.support.RunningQueryService;
import disclosure.statute.LegalTime;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert inbox and the daily digest of query-service, fed through a real Kafka topic into a real PostgreSQL:
 * alerts per handler and per agency, unread and acknowledged, the 6.1 closing the system recorded, and the digest of
 * a day with a holiday and a make-up Sunday in its next five working days.
 */
class AlertInboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUDIT = "市审计局";
    private static final String FINANCE = "市财政局";
    /** Today: Monday 2024-04-01, 10:00 Beijing time. */
    private static final Instant NOW = LegalTime.startOf(LocalDate.of(2024, 4, 1), 10);
    private static final String TOPIC = "events-" + UUID.randomUUID();
    private static RunningQueryService service;
    private static EventStreamWriter stream;

    private static final String LATE = UUID.randomUUID().toString();
    private static final String SOON = UUID.randomUUID().toString();
    private static final String ABANDONED = UUID.randomUUID().toString();
    private static final String UNPAID = UUID.randomUUID().toString();
    private static Sent fiveDaysBefore;
    private static Sent overdue;
    private static Sent dueSoonToday;
    private static Sent abandonedClosing;
    private static long last;

    /**
     * 市审计局 (handler-a): LATE received 3-01, due 3-29 — warned 5 and 1 working days before (the first acknowledged by
     * chief-1), overdue on 4-01; SOON received 3-11, due 4-09 (after the 清明 holiday 4-04..4-06 and the make-up
     * Sunday 4-07), warned on 4-01. 市财政局 (handler-b): ABANDONED closed as 6.1 by the system on 3-21; UNPAID closed
     * as 6.2 recorded by staff, which is no alert.
     */
    @BeforeAll
    static void start() {
        String kafka = TestKafka.bootstrapServers();
        stream = new EventStreamWriter(kafka, TOPIC);
        service = RunningQueryService.start(TestDatabase.freshDatabase(), kafka, TOPIC, "query-" + TOPIC,
                new MutableClock(NOW, LegalTime.ZONE), "disclosure.read-your-writes-timeout=10s");
        stream.publish(received(LATE, AUDIT, "2024-0001", LocalDate.of(2024, 3, 1), "handler-a"));
        stream.publish(received(SOON, AUDIT, "2024-0002", LocalDate.of(2024, 3, 11), "handler-a"));
        stream.publish(received(ABANDONED, FINANCE, "2024-0001", LocalDate.of(2024, 3, 1), "handler-b"));
        stream.publish(received(UNPAID, FINANCE, "2024-0002", LocalDate.of(2024, 2, 1), "handler-b"));
        stream.publish(new SupplementRequested(ABANDONED, LocalDate.of(2024, 3, 5), "身份证明",
                LocalDate.of(2024, 3, 20), "handler-b", at(LocalDate.of(2024, 3, 5), 9)));
        abandonedClosing = stream.publish(new SupplementPeriodExpired(ABANDONED, LocalDate.of(2024, 3, 20),
                LocalDate.of(2024, 3, 21), ApplicationEvent.SYSTEM, at(LocalDate.of(2024, 3, 21), 0)));
        stream.publish(new FeePaymentExpired(UNPAID, LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 21),
                "handler-b", at(LocalDate.of(2024, 3, 22), 9)));
        fiveDaysBefore = stream.publish(new AnswerDueSoon(LATE, LocalDate.of(2024, 3, 29), 5, ApplicationEvent.SYSTEM,
                at(LocalDate.of(2024, 3, 22), 8)));
        stream.publish(new AnswerDueSoon(LATE, LocalDate.of(2024, 3, 29), 1, ApplicationEvent.SYSTEM,
                at(LocalDate.of(2024, 3, 28), 8)));
        stream.publish(new AlertAcknowledged(LATE, fiveDaysBefore.eventId(), "chief-1",
                at(LocalDate.of(2024, 3, 22), 9)));
        overdue = stream.publish(new AnswerOverdue(LATE, LocalDate.of(2024, 3, 29), ApplicationEvent.SYSTEM,
                at(LocalDate.of(2024, 4, 1), 8)));
        dueSoonToday = stream.publish(new AnswerDueSoon(SOON, LocalDate.of(2024, 4, 9), 5, ApplicationEvent.SYSTEM,
                LegalTime.startOf(LocalDate.of(2024, 4, 1), 8).plusSeconds(1)));
        last = dueSoonToday.position();
    }

    @AfterAll
    static void stop() {
        service.close();
        stream.close();
    }

    private static Instant at(LocalDate day, int hour) {
        return LegalTime.startOf(day, hour);
    }

    private static ApplicationReceived received(String id, String agency, String caseNumber, LocalDate on,
                                                String handler) {
        return new ApplicationReceived(id, agency, caseNumber, Channel.IN_PERSON,
                new ChannelDates(on, null, null, null), on, ApplicantCategory.NATURAL_PERSON,
                new Applicant("李四", "110101199001011234", "13900000000", null, null), "某审计报告",
                DeliveryForm.EMAIL, handler, at(on, 9));
    }

    private static JsonNode get(String pathAndQuery) {
        HttpResponse<String> response = service.get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aHandlersInboxCountsUnreadAndAcknowledgedAlertsNewestFirst() {
        JsonNode inbox = get("/api/inbox?handler=handler-a&minPosition=" + last);
        assertThat(inbox.get("unread").asLong()).isEqualTo(3);
        assertThat(inbox.get("acknowledged").asLong()).isEqualTo(1);
        assertThat(inbox.get("alerts")).extracting(alert -> alert.get("alertId").asText()).containsExactly(
                dueSoonToday.eventId(), overdue.eventId(), inbox.at("/alerts/2/alertId").asText(),
                fiveDaysBefore.eventId());

        JsonNode newest = inbox.at("/alerts/0");
        assertThat(newest.get("kind").asText()).isEqualTo("ANSWER_DUE_SOON");
        assertThat(newest.get("label").asText()).isEqualTo("答复期限临近");
        assertThat(newest.get("applicationId").asText()).isEqualTo(SOON);
        assertThat(newest.get("caseNumber").asText()).isEqualTo("2024-0002");
        assertThat(newest.get("agency").asText()).isEqualTo(AUDIT);
        assertThat(newest.get("handler").asText()).isEqualTo("handler-a");
        assertThat(newest.get("dueDate").asText()).isEqualTo("2024-04-09");
        assertThat(newest.get("workingDaysLeft").asInt()).isEqualTo(5);
        assertThat(newest.get("state").asText()).isEqualTo("UNREAD");
        assertThat(inbox.at("/alerts/1/kind").asText()).isEqualTo("ANSWER_OVERDUE");
        assertThat(inbox.at("/alerts/1/workingDaysLeft").isNull()).isTrue();

        JsonNode read = get("/api/inbox?handler=handler-a&state=ACKNOWLEDGED");
        assertThat(read.get("alerts")).hasSize(1);
        assertThat(read.at("/alerts/0/alertId").asText()).isEqualTo(fiveDaysBefore.eventId());
        assertThat(read.at("/alerts/0/acknowledgedBy").asText()).isEqualTo("chief-1");
        assertThat(read.at("/alerts/0/acknowledgedAt").asText()).isEqualTo("2024-03-22T01:00:00Z");
        assertThat(get("/api/inbox?handler=handler-a&state=UNREAD").get("alerts")).hasSize(3);
        assertThat(get("/api/inbox?handler=handler-a&state=UNREAD&size=2&page=1").get("alerts")).hasSize(1);

        JsonNode chief = get("/api/inbox?handler=chief-1");
        assertThat(chief.get("unread").asLong() + chief.get("acknowledged").asLong())
                .as("acknowledging does not make chief-1 the handler").isZero();
    }

    @Test
    void anAgencysInboxShowsTheClosingTheSystemRecordedButNotOneStaffRecorded() {
        JsonNode inbox = get("/api/inbox?agency=" + encode(FINANCE) + "&minPosition=" + last);
        assertThat(inbox.get("unread").asLong()).isEqualTo(1);
        assertThat(inbox.get("acknowledged").asLong()).isZero();
        JsonNode closing = inbox.at("/alerts/0");
        assertThat(closing.get("alertId").asText()).isEqualTo(abandonedClosing.eventId());
        assertThat(closing.get("kind").asText()).isEqualTo("SUPPLEMENT_PERIOD_EXPIRED");
        assertThat(closing.get("label").asText()).isEqualTo("逾期未补正，申请已按放弃处理");
        assertThat(closing.get("dueDate").asText()).isEqualTo("2024-03-20");
        assertThat(closing.get("handler").asText()).isEqualTo("handler-b");

        JsonNode audit = get("/api/inbox?agency=" + encode(AUDIT) + "&handler=handler-b");
        assertThat(audit.get("alerts")).as("both conditions hold").isEmpty();
    }

    @Test
    void anInboxWithoutWhoseItIsOrWithAnUnknownStateIsAProblem() {
        HttpResponse<String> nobody = service.get("/api/inbox");
        assertThat(nobody.statusCode()).isEqualTo(400);
        JsonNode problem = json(nobody);
        assertThat(problem.get("code").asText()).isEqualTo("INVALID_QUERY");
        assertThat(problem.get("detail").asText()).contains("handler", "agency", "承办人");
        assertThat(problem.get("detail_en").asText()).contains("handler or agency");

        HttpResponse<String> state = service.get("/api/inbox?handler=handler-a&state=READ");
        assertThat(state.statusCode()).isEqualTo(400);
        assertThat(json(state).get("detail").asText()).contains("UNREAD", "ACKNOWLEDGED");
    }

    @Test
    void theDigestOfADayListsWhatFiredWhatFallsDueSoonAndWhatIsOverdueOrUnread() {
        JsonNode today = get("/api/digest?agency=" + encode(AUDIT) + "&date=2024-04-01&minPosition=" + last);
        assertThat(today.get("fired")).extracting(alert -> alert.get("alertId").asText())
                .containsExactly(dueSoonToday.eventId(), overdue.eventId());
        // from 4-01, five working days: 4-02, 4-03, (清明 4-04..4-06), Sunday 4-07 (worked), 4-08, 4-09
        assertThat(today.get("dueWithin").asInt()).isEqualTo(5);
        assertThat(today.get("dueSoon")).hasSize(1);
        assertThat(today.at("/dueSoon/0/applicationId").asText()).isEqualTo(SOON);
        assertThat(today.at("/dueSoon/0/answerDue").asText()).isEqualTo("2024-04-09");
        assertThat(today.at("/dueSoon/0/workingDaysLeft").asInt()).isEqualTo(5);
        assertThat(today.get("overdue").asLong()).as("LATE, due 3-29").isEqualTo(1);
        assertThat(today.get("unacknowledged").asLong()).isEqualTo(3);

        JsonNode earlier = get("/api/digest?agency=" + encode(AUDIT) + "&date=2024-03-22");
        assertThat(earlier.get("fired")).extracting(alert -> alert.get("alertId").asText())
                .containsExactly(fiveDaysBefore.eventId());
        assertThat(earlier.get("dueSoon")).extracting(application -> application.get("applicationId").asText())
                .containsExactly(LATE);
        assertThat(earlier.at("/dueSoon/0/workingDaysLeft").asInt()).as("3-25 … 3-29").isEqualTo(5);
        assertThat(earlier.get("overdue").asLong()).isZero();
        assertThat(earlier.get("unacknowledged").asLong()).as("the one of 3-22 was acknowledged").isZero();
    }

    @Test
    void aDigestWithoutAgencyOrWithABadDateOrBeyondTheCalendarIsAProblem() {
        assertThat(service.get("/api/digest?date=2024-04-01").statusCode()).isEqualTo(400);
        HttpResponse<String> badDate = service.get("/api/digest?agency=" + encode(AUDIT) + "&date=2024-02-30");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate).get("code").asText()).isEqualTo("INVALID_VALUE");
        HttpResponse<String> noCalendar = service.get("/api/digest?agency=" + encode(AUDIT) + "&date=2031-12-01");
        assertThat(noCalendar.statusCode()).isEqualTo(422);
        assertThat(json(noCalendar).get("code").asText()).isEqualTo("CANNOT_ANSWER");
    }
}
