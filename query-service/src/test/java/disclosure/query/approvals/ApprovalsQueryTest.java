package disclosure.query.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.access.Role;
import disclosure.contract.approval.AnswerReturned;
import disclosure.contract.approval.AnswerSignedOff;
import disclosure.contract.approval.AnswerSubmittedForSignOff;
import disclosure.contract.approval.ExtensionApproved;
import disclosure.contract.approval.ExtensionRequested;
import disclosure.contract.clock.AnswerPeriodExtended;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.closing.ApplicationWithdrawn;
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
import disclosure.testsupport.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 审批 on the query side, from a real topic into a real database: {@code GET /api/approvals} lists the requests and
 * submitted answers waiting for the 负责人 of an agency (who asked, when, working days left), only to them and only
 * their agency's; {@code pending_approval} is folded from each application's history, so an event applied twice, or
 * an earlier one arriving after a later one, changes nothing, and a decision or the application closing removes the
 * item.
 */
class ApprovalsQueryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Today: 2024-03-15 (Friday), 10:00 Beijing time. */
    private static final Instant NOW = LegalTime.startOf(LocalDate.of(2024, 3, 15), 10);
    private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);
    private static final String TOPIC = "approvals-" + UUID.randomUUID();
    private static final String HANDLER = "handler-1";
    private static final String SUPERVISOR = "supervisor-1";
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

    private static String agency() {
        return "市规划和自然资源局-" + UUID.randomUUID();
    }

    private static String receive(String agency, String caseNumber) {
        String id = UUID.randomUUID().toString();
        stream.publish(new ApplicationReceived(id, agency, caseNumber, Channel.IN_PERSON,
                new ChannelDates(RECEIVED, null, null, null), RECEIVED, ApplicantCategory.NATURAL_PERSON,
                new Applicant("钱七", "110101199001010022", null, null, null), "某地块规划条件", DeliveryForm.EMAIL,
                "intake-1", NOW));
        return id;
    }

    private static ExtensionRequested requested(String id) {
        return new ExtensionRequested(id, 10, "需要调取多年档案", HANDLER, NOW);
    }

    private static AnswerSubmittedForSignOff submitted(String id) {
        return new AnswerSubmittedForSignOff(id, Outcome.PARTLY_DISCLOSED, "条例第三十七条", LocalDate.of(2024, 3, 15),
                "部分公开", HANDLER, NOW);
    }

    /** The approvals as a supervisor of {@code agency} sees them, once {@code upTo} is reflected. */
    private static JsonNode approvals(String agency, Sent upTo) {
        HttpResponse<String> response = service.getWithToken("/api/approvals?minPosition=" + upTo.position(),
                TestStaff.token("boss", agency, Role.SUPERVISOR));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Sent marker() {
        return stream.publish(new ApplicationReceived(UUID.randomUUID().toString(), "标记局-" + UUID.randomUUID(),
                "2024-0001",
                Channel.IN_PERSON, new ChannelDates(RECEIVED, null, null, null), RECEIVED,
                ApplicantCategory.NATURAL_PERSON, new Applicant("标记", "110101199001010000", null, null, null), "无",
                DeliveryForm.EMAIL, "intake-1", NOW));
    }

    private static List<Map<String, Object>> rows(String applicationId) {
        return service.jdbc().queryForList("SELECT * FROM pending_approval WHERE application_id = ? ORDER BY kind",
                applicationId);
    }

    @Test
    void theSupervisorSeesWhoAskedWhenAndTheWorkingDaysLeft() {
        String agency = agency();
        String extension = receive(agency, "2024-0001");
        String answer = receive(agency, "2024-0002");
        stream.publish(requested(extension));
        Sent last = stream.publish(submitted(answer));

        JsonNode approvals = approvals(agency, last);
        assertThat(approvals.get("agency").asText()).isEqualTo(agency);
        assertThat(approvals.get("extensionRequests")).hasSize(1);
        JsonNode request = approvals.get("extensionRequests").get(0);
        assertThat(request.at("/application/applicationId").asText()).isEqualTo(extension);
        assertThat(request.at("/application/caseNumber").asText()).isEqualTo("2024-0001");
        // due 3-29: from Friday 3-15, 3-18..3-22 and 3-25..3-29 are left
        assertThat(request.at("/application/answerDue").asText()).isEqualTo("2024-03-29");
        assertThat(request.at("/application/workingDaysLeft").asInt()).isEqualTo(10);
        assertThat(request.at("/application/overdue").asBoolean()).isFalse();
        assertThat(request.at("/application/version").asLong()).isEqualTo(1);
        assertThat(request.get("requestedBy").asText()).isEqualTo(HANDLER);
        assertThat(request.get("requestedAt").asText()).isEqualTo(NOW.toString());
        assertThat(request.get("workingDays").asInt()).isEqualTo(10);
        assertThat(request.get("reason").asText()).isEqualTo("需要调取多年档案");

        assertThat(approvals.get("answersAwaitingSignOff")).hasSize(1);
        JsonNode draft = approvals.get("answersAwaitingSignOff").get(0);
        assertThat(draft.at("/application/caseNumber").asText()).isEqualTo("2024-0002");
        assertThat(draft.get("requestedBy").asText()).isEqualTo(HANDLER);
        assertThat(draft.get("outcome").asText()).isEqualTo("2");
        assertThat(draft.get("outcomeLabel").asText()).contains("部分公开");
        assertThat(draft.get("legalBasis").asText()).isEqualTo("条例第三十七条");
        assertThat(draft.get("proposedAnswerDate").asText()).isEqualTo("2024-03-15");
    }

    @Test
    void aDecisionRemovesTheItemAndTheCaseStaysWithItsHandler() {
        String agency = agency();
        String extension = receive(agency, "2024-0001");
        String answer = receive(agency, "2024-0002");
        stream.publish(requested(extension));
        stream.publish(submitted(answer));
        stream.publish(new ExtensionApproved(extension, HANDLER, 10, LocalDate.of(2024, 3, 15), SUPERVISOR, NOW));
        stream.publish(new AnswerPeriodExtended(extension, 10, "负责人", LocalDate.of(2024, 3, 15), "需要调取多年档案",
                SUPERVISOR, NOW));
        Sent last = stream.publish(new AnswerReturned(answer, HANDLER, "依据有误", SUPERVISOR, NOW));

        JsonNode approvals = approvals(agency, last);
        assertThat(approvals.get("extensionRequests")).isEmpty();
        assertThat(approvals.get("answersAwaitingSignOff")).isEmpty();
        assertThat(service.jdbc().queryForObject("SELECT handler FROM application_view WHERE application_id = ?",
                String.class, extension)).isEqualTo(HANDLER);
        assertThat(service.jdbc().queryForObject("SELECT handler FROM application_view WHERE application_id = ?",
                String.class, answer)).isEqualTo(HANDLER);

        stream.publish(submitted(answer));
        stream.publish(new AnswerSignedOff(answer, HANDLER, NOW, LocalDate.of(2024, 3, 15), SUPERVISOR, NOW));
        Sent signed = stream.publish(new AnswerRecorded(answer, Outcome.PARTLY_DISCLOSED, "条例第三十七条",
                LocalDate.of(2024, 3, 15), "部分公开", LocalDate.of(2024, 3, 29), Timeliness.ON_TIME, SUPERVISOR, NOW));
        assertThat(approvals(agency, signed).get("answersAwaitingSignOff")).isEmpty();
        assertThat(rows(answer)).isEmpty();
    }

    @Test
    void whateverWaitsLapsesWhenTheApplicationCloses() {
        String agency = agency();
        String id = receive(agency, "2024-0001");
        stream.publish(requested(id));
        Sent waiting = stream.publish(submitted(id));
        assertThat(approvals(agency, waiting).get("extensionRequests")).hasSize(1);
        assertThat(rows(id)).hasSize(2);

        Sent withdrawn = stream.publish(new ApplicationWithdrawn(id, LocalDate.of(2024, 3, 15), "申请人撤回", HANDLER,
                NOW));
        JsonNode approvals = approvals(agency, withdrawn);
        assertThat(approvals.get("extensionRequests")).isEmpty();
        assertThat(approvals.get("answersAwaitingSignOff")).isEmpty();
        assertThat(rows(id)).isEmpty();
    }

    @Test
    void anEventAppliedTwiceOrAnEarlierOneArrivingLateChangesNothing() {
        String agency = agency();
        String id = receive(agency, "2024-0001");
        Sent request = stream.publish(requested(id));
        approvals(agency, request);
        List<Map<String, Object>> before = rows(id);
        assertThat(before).hasSize(1);
        stream.resend(request);
        approvals(agency, marker());
        assertThat(rows(id)).isEqualTo(before);

        // the decision first, the request it decides after it: the fold goes by the application's own order
        String late = receive(agency, "2024-0002");
        Sent earlier = stream.prepare(requested(late), 1);
        Sent later = stream.prepare(new ExtensionApproved(late, HANDLER, 10, LocalDate.of(2024, 3, 15), SUPERVISOR,
                NOW), 1);
        Sent extended = stream.prepare(new AnswerPeriodExtended(late, 10, "负责人", LocalDate.of(2024, 3, 15), "调档",
                SUPERVISOR, NOW), 1);
        stream.resend(extended);
        stream.resend(later);
        stream.resend(earlier);
        JsonNode approvals = approvals(agency, extended);
        assertThat(approvals.get("extensionRequests")).extracting(item -> item.at("/application/applicationId")
                .asText()).containsExactly(id);
        assertThat(rows(late)).isEmpty();
        stream.resend(earlier);
        approvals(agency, marker());
        assertThat(rows(late)).isEmpty();
    }

    @Test
    void onlyTheAgencysSupervisorsSeeItsApprovals() throws Exception {
        String agency = agency();
        String id = receive(agency, "2024-0001");
        Sent request = stream.publish(requested(id));
        approvals(agency, request);
        String encoded = URLEncoder.encode(agency, StandardCharsets.UTF_8);

        HttpResponse<String> otherAgency = service.getWithToken("/api/approvals?agency=" + encoded,
                TestStaff.token("boss.other", agency(), Role.SUPERVISOR));
        assertThat(otherAgency.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(otherAgency.body()).get("code").asText()).isEqualTo("OUTSIDE_AGENCY");
        JsonNode ownOnly = JSON.readTree(service.getWithToken("/api/approvals",
                TestStaff.token("boss.other", agency(), Role.SUPERVISOR)).body());
        assertThat(ownOnly.get("extensionRequests")).isEmpty();
        HttpResponse<String> handler = service.getWithToken("/api/approvals?agency=" + encoded,
                TestStaff.token(HANDLER, agency, Role.HANDLER));
        assertThat(handler.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(handler.body()).get("code").asText()).isEqualTo("ACTION_NOT_ALLOWED");
        assertThat(service.getWithToken("/api/approvals", null).statusCode()).isEqualTo(401);
    }
}
