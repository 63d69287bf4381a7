package disclosure.command.application;

import disclosure.access.Role;
import disclosure.access.SignOff;
import disclosure.contract.ApplicationEvent;
import disclosure.contract.alert.AlertKind;
import disclosure.contract.alert.AnswerDueSoon;
import disclosure.contract.alert.SupplementNoticeWindowClosing;
import disclosure.contract.approval.AnswerReturned;
import disclosure.contract.approval.AnswerSignedOff;
import disclosure.contract.approval.AnswerSubmittedForSignOff;
import disclosure.contract.approval.ApproveExtension;
import disclosure.contract.approval.DeclineExtension;
import disclosure.contract.approval.ExtensionApproved;
import disclosure.contract.approval.ExtensionDeclined;
import disclosure.contract.approval.ExtensionRequested;
import disclosure.contract.approval.RequestExtension;
import disclosure.contract.approval.ReturnAnswer;
import disclosure.contract.approval.SignOffAnswer;
import disclosure.contract.approval.SubmitAnswerForSignOff;
import disclosure.contract.clock.AnswerPeriodExtended;
import disclosure.contract.clock.ExtendAnswerPeriod;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.closing.ApplicationWithdrawn;
import disclosure.contract.closing.RecordAnswer;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.intake.DeliveryForm;
import disclosure.contract.intake.ReceiveApplication;
import disclosure.contract.supplement.SupplementPeriodExpired;
import disclosure.contract.supplement.SupplementRequested;
import disclosure.statute.LegalTime;
import disclosure.statute.calendar.WorkingDayCalendar;
import disclosure.statute.clock.ClockSettings;
import disclosure.statute.clock.StatutoryClock;
import disclosure.statute.clock.Timeliness;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;
import disclosure.statute.outcome.Outcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.startsWith;

/**
 * 审批, given events / when command / expect events or refusal: a 承办人's request to extend the answer period and the
 * 负责人's decision on it (条例第三十三条), and, where the agency requires it, the 负责人's sign-off (签发) of a 承办人's
 * answer. Dates as in {@link DisclosureApplicationTest}: received Friday 2024-03-01, due 2024-03-29, today 2024-03-15.
 */
class ApprovalTest {
    private static final String ID = "app-1";
    private static final String HANDLER = "handler-1";
    private static final String SUPERVISOR = "supervisor-1";
    private static final String AGENCY = "某市政务服务和大数据管理局";
    private static final Instant NOW = LegalTime.startOf(LocalDate.of(2024, 3, 15), 10);
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
    private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);
    private static final LocalDate DUE = LocalDate.of(2024, 3, 29);
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");
    private static final StatutoryClock STATUTORY_CLOCK =
            new StatutoryClock(WorkingDayCalendar.bundled(), ClockSettings.DEFAULTS);
    private static final Applicant APPLICANT = new Applicant("张三", "110101199001011234", null, null, null);
    private static final Map<String, Object> AS_HANDLER = ActingRoles.metaData(Set.of(Role.HANDLER));
    private static final Map<String, Object> AS_SUPERVISOR = ActingRoles.metaData(Set.of(Role.SUPERVISOR));

    private static AggregateTestFixture<DisclosureApplication> fixtureAt(Instant now, SignOff signOff) {
        AggregateTestFixture<DisclosureApplication> fixture = new AggregateTestFixture<>(DisclosureApplication.class);
        fixture.registerInjectableResource(Clock.fixed(now, LegalTime.ZONE));
        fixture.registerInjectableResource(STATUTORY_CLOCK);
        fixture.registerInjectableResource(new DisclosureApplicationTest.InMemoryCaseNumbers());
        fixture.registerInjectableResource(AlertPolicy.DEFAULTS);
        fixture.registerInjectableResource(signOff);
        return fixture;
    }

    private static AggregateTestFixture<DisclosureApplication> fixtureAt(Instant now) {
        return fixtureAt(now, SignOff.NONE);
    }

    private static ApplicationReceived received() {
        return new ApplicationReceived(ID, AGENCY, "2024-0001", Channel.IN_PERSON,
                new ChannelDates(RECEIVED, null, null, null), RECEIVED, ApplicantCategory.NATURAL_PERSON, APPLICANT,
                "2023年本局行政处罚决定书目录", DeliveryForm.EMAIL, "intake-1", NOW);
    }

    private static ResultValidator<DisclosureApplication> refused(ResultValidator<DisclosureApplication> result,
                                                                  Rule rule) {
        return result.expectException(RuleViolation.class)
                .expectExceptionMessage(startsWith(rule.name() + ":"))
                .expectNoEvents();
    }

    @Nested
    class ExtensionRequests {
        private final ExtensionRequested requested = new ExtensionRequested(ID, 10, "需要调取多年档案", HANDLER, NOW);

        private RequestExtension request(int days) {
            return new RequestExtension(ID, null, days, "需要调取多年档案", HANDLER);
        }

        private ApproveExtension approve(LocalDate decidedOn) {
            return new ApproveExtension(ID, null, decidedOn, "负责人老王", SUPERVISOR);
        }

        @Test
        void aHandlerAsksForAnExtensionWithItsReason() {
            fixtureAt(NOW).given(received())
                    .when(request(10))
                    .expectEvents(requested);
        }

        @Test
        void approvingRecordsTheExtensionAskedForAsADirectExtensionWouldBe() {
            // 3-29 + 10 working days: 4-1..4-3 (3), 4-4..4-6 清明, Sunday 4-7 worked (4), 4-8..4-12 (9), 4-15 (10);
            // 5 working days before 4-15 → 4-8
            LocalDate extendedDue = LocalDate.of(2024, 4, 15);
            fixtureAt(NOW).given(received(), requested)
                    .when(approve(TODAY))
                    .expectEvents(new ExtensionApproved(ID, HANDLER, 10, TODAY, SUPERVISOR, NOW),
                            new AnswerPeriodExtended(ID, 10, "负责人老王", TODAY, "需要调取多年档案", SUPERVISOR, NOW))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 4, 8), 8),
                            new Deadlines.AlertDue(AlertKind.ANSWER_DUE_SOON, extendedDue, 5))
                    .expectNoScheduledDeadline(Instant.EPOCH, FAR_FUTURE,
                            new Deadlines.AlertDue(AlertKind.ANSWER_DUE_SOON, DUE, 5));
        }

        @Test
        void refusesASecondRequestWhileOneWaits() {
            refused(fixtureAt(NOW).given(received(), requested).when(request(5)), Rule.EXTENSION_REQUEST_PENDING);
        }

        @Test
        void refusesARequestForAPeriodThatCannotBeExtended() {
            refused(fixtureAt(NOW).given(received(),
                            new AnswerPeriodExtended(ID, 5, "主任", RECEIVED, "调档", SUPERVISOR, NOW))
                    .when(request(5)), Rule.EXTENSION_ALREADY_GRANTED);
            refused(fixtureAt(NOW).given(received()).when(request(21)), Rule.EXTENSION_OUT_OF_RANGE);
            refused(fixtureAt(NOW).given(received()).when(request(0)), Rule.EXTENSION_OUT_OF_RANGE);
            refused(fixtureAt(LegalTime.startOf(LocalDate.of(2024, 4, 1), 9)).given(received()).when(request(10)),
                    Rule.EXTENSION_AFTER_DUE_DATE);
            refused(fixtureAt(NOW).given(received(), new SupplementRequested(ID, LocalDate.of(2024, 3, 4), "材料",
                    LocalDate.of(2024, 3, 25), HANDLER, NOW)).when(request(10)), Rule.AWAITING_SUPPLEMENT);
        }

        @Test
        void approvingOrDecliningWithoutARequestIsRefused() {
            refused(fixtureAt(NOW).given(received()).when(approve(TODAY)), Rule.NO_EXTENSION_REQUEST_PENDING);
            refused(fixtureAt(NOW).given(received()).when(new DeclineExtension(ID, null, "无需延期", SUPERVISOR)),
                    Rule.NO_EXTENSION_REQUEST_PENDING);
        }

        @Test
        void aRequestWhosePeriodEndedMeanwhileCanBeDeclinedButNotApproved() {
            AggregateTestFixture<DisclosureApplication> monday = fixtureAt(LegalTime.startOf(LocalDate.of(2024, 4, 1), 9));
            refused(monday.given(received(), requested).when(approve(LocalDate.of(2024, 4, 1))),
                    Rule.EXTENSION_AFTER_DUE_DATE);
            fixtureAt(LegalTime.startOf(LocalDate.of(2024, 4, 1), 9)).given(received(), requested)
                    .when(new DeclineExtension(ID, null, "答复期限已届满", SUPERVISOR))
                    .expectEvents(new ExtensionDeclined(ID, HANDLER, 10, "答复期限已届满", SUPERVISOR,
                            LegalTime.startOf(LocalDate.of(2024, 4, 1), 9)));
        }

        @Test
        void anApprovalIsDatedNoEarlierThanTheRequestNorInTheFuture() {
            refused(fixtureAt(NOW).given(received(), requested).when(approve(TODAY.minusDays(1))),
                    Rule.DATE_OUT_OF_ORDER);
            refused(fixtureAt(NOW).given(received(), requested).when(approve(TODAY.plusDays(1))),
                    Rule.DATE_IN_FUTURE);
        }

        @Test
        void decliningSaysWhyAndTheHandlerMayAskAgain() {
            ExtensionDeclined declined = new ExtensionDeclined(ID, HANDLER, 10, "材料已齐备，无需延期", SUPERVISOR, NOW);
            fixtureAt(NOW).given(received(), requested)
                    .when(new DeclineExtension(ID, null, "材料已齐备，无需延期", SUPERVISOR))
                    .expectEvents(declined);
            fixtureAt(NOW).given(received(), requested, declined)
                    .when(request(5))
                    .expectEvents(new ExtensionRequested(ID, 5, "需要调取多年档案", HANDLER, NOW));
            refused(fixtureAt(NOW).given(received(), requested, declined).when(approve(TODAY)),
                    Rule.NO_EXTENSION_REQUEST_PENDING);
        }

        @Test
        void aRequestLapsesWhenTheApplicationCloses() {
            ApplicationWithdrawn withdrawn = new ApplicationWithdrawn(ID, TODAY, "申请人撤回", HANDLER, NOW);
            refused(fixtureAt(NOW).given(received(), requested, withdrawn).when(approve(TODAY)),
                    Rule.APPLICATION_CLOSED);
            refused(fixtureAt(NOW).given(received(), requested, withdrawn)
                    .when(new DeclineExtension(ID, null, "已撤回", SUPERVISOR)), Rule.APPLICATION_CLOSED);
        }

        @Test
        void theSupervisorMayStillExtendDirectlyWhichSettlesTheRequest() {
            AnswerPeriodExtended direct = new AnswerPeriodExtended(ID, 15, "负责人老王", TODAY, "调档", SUPERVISOR, NOW);
            fixtureAt(NOW).given(received(), requested)
                    .when(new ExtendAnswerPeriod(ID, null, 15, "负责人老王", TODAY, "调档", SUPERVISOR))
                    .expectEvents(direct);
            refused(fixtureAt(NOW).given(received(), requested, direct).when(approve(TODAY)),
                    Rule.NO_EXTENSION_REQUEST_PENDING);
        }

        @Test
        void aRequestWaitsWhileASupplementIsAwaited() {
            SupplementRequested supplement = new SupplementRequested(ID, TODAY, "材料", LocalDate.of(2024, 3, 25),
                    HANDLER, NOW);
            refused(fixtureAt(NOW).given(received(), requested, supplement).when(approve(TODAY)),
                    Rule.AWAITING_SUPPLEMENT);
        }
    }

    @Nested
    class SignOffs {
        private final SignOff signOffHere = new SignOff(Set.of(AGENCY));
        private final AnswerSubmittedForSignOff submitted = new AnswerSubmittedForSignOff(ID, Outcome.DISCLOSED,
                "条例第三十六条第二项", TODAY, "提供目录", HANDLER, NOW);

        private AggregateTestFixture<DisclosureApplication> fixture() {
            return fixtureAt(NOW, signOffHere);
        }

        private SubmitAnswerForSignOff submit(Outcome outcome) {
            return new SubmitAnswerForSignOff(ID, null, outcome, "条例第三十六条第二项", TODAY, "提供目录", HANDLER);
        }

        private RecordAnswer answer(String by) {
            return new RecordAnswer(ID, null, Outcome.DISCLOSED, "条例第三十六条第二项", TODAY, "提供目录", by);
        }

        @Test
        void inASignOffAgencyAHandlersAnswerIsRefusedAndNamesTheSignOff() {
            refused(fixture().given(received()).when(answer(HANDLER), AS_HANDLER), Rule.ANSWER_NEEDS_SIGN_OFF);
        }

        @Test
        void aSupervisorThereAnswersDirectly() {
            fixture().given(received())
                    .when(answer(SUPERVISOR), AS_SUPERVISOR)
                    .expectEvents(new AnswerRecorded(ID, Outcome.DISCLOSED, "条例第三十六条第二项", TODAY, "提供目录", DUE,
                            Timeliness.ON_TIME, SUPERVISOR, NOW));
        }

        @Test
        void elsewhereAHandlerAnswersDirectlyAndHasNothingToSubmit() {
            fixtureAt(NOW).given(received())
                    .when(answer(HANDLER), AS_HANDLER)
                    .expectEvents(new AnswerRecorded(ID, Outcome.DISCLOSED, "条例第三十六条第二项", TODAY, "提供目录", DUE,
                            Timeliness.ON_TIME, HANDLER, NOW));
            refused(fixtureAt(NOW).given(received()).when(submit(Outcome.DISCLOSED), AS_HANDLER),
                    Rule.SIGN_OFF_NOT_REQUIRED);
        }

        @Test
        void answersNoMemberOfStaffSentAreAnswersAlreadyGiven() {
            // the ledger import replays answers given (and signed off) before the system knew of them
            fixture().given(received())
                    .when(answer("admin-1"))
                    .expectEvents(new AnswerRecorded(ID, Outcome.DISCLOSED, "条例第三十六条第二项", TODAY, "提供目录", DUE,
                            Timeliness.ON_TIME, "admin-1", NOW));
        }

        @Test
        void expiriesAreRecordedNotSignedOff() {
            SupplementRequested requested = new SupplementRequested(ID, LocalDate.of(2024, 3, 4), "材料",
                    LocalDate.of(2024, 3, 11), HANDLER, NOW);
            fixture().given(received(), requested)
                    .when(new RecordAnswer(ID, null, Outcome.OTHER_SUPPLEMENT_OVERDUE, "条例第三十条", TODAY, null,
                            HANDLER), AS_HANDLER)
                    .expectEvents(new SupplementPeriodExpired(ID, LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12),
                            HANDLER, NOW));
            refused(fixture().given(received(), requested).when(submit(Outcome.OTHER_SUPPLEMENT_OVERDUE), AS_HANDLER),
                    Rule.OUTCOME_NOT_SIGNED_OFF);
        }

        @Test
        void aSubmittedAnswerWaitsAndIsCheckedAsAnAnswer() {
            fixture().given(received())
                    .when(submit(Outcome.DISCLOSED), AS_HANDLER)
                    .expectEvents(submitted);
            refused(fixture().given(received()).when(submit(Outcome.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT), AS_HANDLER),
                    Rule.UNCLEAR_WITHOUT_SUPPLEMENT);
            refused(fixture().given(received()).when(new SubmitAnswerForSignOff(ID, null, Outcome.DISCLOSED, "条例",
                    TODAY.plusDays(1), null, HANDLER), AS_HANDLER), Rule.DATE_IN_FUTURE);
            refused(fixture().given(received(), submitted).when(submit(Outcome.DISCLOSED), AS_HANDLER),
                    Rule.ANSWER_AWAITING_SIGN_OFF);
        }

        @Test
        void theClockRunsOnWhileTheAnswerWaitsAndItsAlertsFire() {
            Instant receiptDay = LegalTime.startOf(RECEIVED, 10);
            fixtureAt(receiptDay, signOffHere).givenCurrentTime(receiptDay)
                    .andGivenCommands(new ReceiveApplication(ID, AGENCY, null, Channel.IN_PERSON,
                                    new ChannelDates(RECEIVED, null, null, null), ApplicantCategory.NATURAL_PERSON,
                                    APPLICANT, "2023年本局行政处罚决定书目录", DeliveryForm.EMAIL, "intake-1"),
                            new SubmitAnswerForSignOff(ID, null, Outcome.DISCLOSED, "条例", RECEIVED, null, HANDLER))
                    .whenTimeAdvancesTo(LegalTime.startOf(LocalDate.of(2024, 3, 22), 8))
                    .expectEvents(new SupplementNoticeWindowClosing(ID, LocalDate.of(2024, 3, 12), 2,
                                    ApplicationEvent.SYSTEM, receiptDay),
                            new AnswerDueSoon(ID, DUE, 5, ApplicationEvent.SYSTEM, receiptDay));
        }

        @Test
        void signingOffRecordsTheAnswerInTheSupervisorsNameDatedTheSignOff() {
            fixture().given(received(), submitted)
                    .when(new SignOffAnswer(ID, null, TODAY, SUPERVISOR), AS_SUPERVISOR)
                    .expectEvents(new AnswerSignedOff(ID, HANDLER, NOW, TODAY, SUPERVISOR, NOW),
                            new AnswerRecorded(ID, Outcome.DISCLOSED, "条例第三十六条第二项", TODAY, "提供目录", DUE,
                                    Timeliness.ON_TIME, SUPERVISOR, NOW))
                    .expectNoScheduledDeadlineOfType(Instant.EPOCH, FAR_FUTURE, Deadlines.AlertDue.class);
        }

        @Test
        void aSignOffAfterTheDueDateMakesALateAnswerWhateverDateTheDraftProposed() {
            Instant monday = LegalTime.startOf(LocalDate.of(2024, 4, 1), 9);
            fixtureAt(monday, signOffHere).given(received(), submitted)
                    .when(new SignOffAnswer(ID, null, LocalDate.of(2024, 4, 1), SUPERVISOR), AS_SUPERVISOR)
                    .expectEvents(new AnswerSignedOff(ID, HANDLER, NOW, LocalDate.of(2024, 4, 1), SUPERVISOR, monday),
                            new AnswerRecorded(ID, Outcome.DISCLOSED, "条例第三十六条第二项", LocalDate.of(2024, 4, 1),
                                    "提供目录", DUE, Timeliness.LATE, SUPERVISOR, monday));
        }

        @Test
        void aSignOffIsNotDatedBeforeTheSubmissionNorInTheFuture() {
            refused(fixture().given(received(), submitted)
                    .when(new SignOffAnswer(ID, null, TODAY.minusDays(1), SUPERVISOR)), Rule.DATE_OUT_OF_ORDER);
            refused(fixture().given(received(), submitted)
                    .when(new SignOffAnswer(ID, null, TODAY.plusDays(1), SUPERVISOR)), Rule.DATE_IN_FUTURE);
        }

        @Test
        void signingOffOrReturningWithoutASubmittedAnswerIsRefused() {
            refused(fixture().given(received()).when(new SignOffAnswer(ID, null, TODAY, SUPERVISOR)),
                    Rule.NO_ANSWER_AWAITING_SIGN_OFF);
            refused(fixture().given(received()).when(new ReturnAnswer(ID, null, "请补充依据", SUPERVISOR)),
                    Rule.NO_ANSWER_AWAITING_SIGN_OFF);
        }

        @Test
        void aReturnedAnswerGoesBackToTheHandlerWhoMaySubmitAgain() {
            AnswerReturned returned = new AnswerReturned(ID, HANDLER, "法律依据应为第三十六条第一项", SUPERVISOR, NOW);
            fixture().given(received(), submitted)
                    .when(new ReturnAnswer(ID, null, "法律依据应为第三十六条第一项", SUPERVISOR), AS_SUPERVISOR)
                    .expectEvents(returned);
            refused(fixture().given(received(), submitted, returned).when(new SignOffAnswer(ID, null, TODAY,
                    SUPERVISOR)), Rule.NO_ANSWER_AWAITING_SIGN_OFF);
            fixture().given(received(), submitted, returned)
                    .when(submit(Outcome.DISCLOSED), AS_HANDLER)
                    .expectEvents(submitted);
        }

        @Test
        void aWaitingAnswerLapsesWhenTheApplicationIsWithdrawnOrTheSupervisorAnswers() {
            refused(fixture().given(received(), submitted,
                            new ApplicationWithdrawn(ID, TODAY, "申请人撤回", HANDLER, NOW))
                    .when(new SignOffAnswer(ID, null, TODAY, SUPERVISOR)), Rule.APPLICATION_CLOSED);
            AnswerRecorded direct = new AnswerRecorded(ID, Outcome.PARTLY_DISCLOSED, "条例第三十七条", TODAY, null, DUE,
                    Timeliness.ON_TIME, SUPERVISOR, NOW);
            fixture().given(received(), submitted)
                    .when(new RecordAnswer(ID, null, Outcome.PARTLY_DISCLOSED, "条例第三十七条", TODAY, null, SUPERVISOR),
                            AS_SUPERVISOR)
                    .expectEvents(direct);
            refused(fixture().given(received(), submitted, direct)
                    .when(new ReturnAnswer(ID, null, "已答复", SUPERVISOR)), Rule.APPLICATION_CLOSED);
        }
    }
}
