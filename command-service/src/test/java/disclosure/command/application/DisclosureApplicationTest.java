package disclosure.command.application;

import disclosure.access.SignOff;
import disclosure.command.casenumber.CaseNumbers;
import disclosure.contract.ApplicationEvent;
import disclosure.contract.alert.AlertKind;
import disclosure.contract.alert.AnswerDueSoon;
import disclosure.contract.alert.AnswerOverdue;
import disclosure.contract.alert.AppealReplyDueSoon;
import disclosure.contract.alert.SupplementNoticeWindowClosing;
import disclosure.contract.appeal.DecideLawsuit;
import disclosure.contract.appeal.DecideReconsideration;
import disclosure.contract.appeal.FileLawsuit;
import disclosure.contract.appeal.FileReconsideration;
import disclosure.contract.appeal.LawsuitDecided;
import disclosure.contract.appeal.LawsuitFiled;
import disclosure.contract.appeal.ReconsiderationDecided;
import disclosure.contract.appeal.ReconsiderationFiled;
import disclosure.contract.clock.AnswerPeriodExtended;
import disclosure.contract.clock.ConsultationEnded;
import disclosure.contract.clock.ConsultationKind;
import disclosure.contract.clock.ConsultationStarted;
import disclosure.contract.clock.DelayedAnswerDateSet;
import disclosure.contract.clock.EndConsultation;
import disclosure.contract.clock.ExtendAnswerPeriod;
import disclosure.contract.clock.ReasonsRequested;
import disclosure.contract.clock.RequestReasons;
import disclosure.contract.clock.SetDelayedAnswerDate;
import disclosure.contract.clock.StartConsultation;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.closing.ApplicationWithdrawn;
import disclosure.contract.closing.RecordAnswer;
import disclosure.contract.closing.WithdrawApplication;
import disclosure.contract.correction.ApplicantCategoryCorrected;
import disclosure.contract.correction.CorrectApplicantCategory;
import disclosure.contract.correction.CorrectOutcome;
import disclosure.contract.correction.CorrectReceiptDate;
import disclosure.contract.correction.OutcomeCorrected;
import disclosure.contract.correction.ReceiptDateCorrected;
import disclosure.contract.fee.FeeNoticeIssued;
import disclosure.contract.fee.FeePaid;
import disclosure.contract.fee.FeePaymentExpired;
import disclosure.contract.fee.IssueFeeNotice;
import disclosure.contract.fee.RecordFeePayment;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.intake.DeliveryForm;
import disclosure.contract.intake.ReceiveApplication;
import disclosure.contract.supplement.ReceiveSupplement;
import disclosure.contract.supplement.RequestSupplement;
import disclosure.contract.supplement.SupplementPeriodExpired;
import disclosure.contract.supplement.SupplementReceived;
import disclosure.contract.supplement.SupplementRequested;
import disclosure.statute.LegalTime;
import disclosure.statute.appeal.AppealResult;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every rule of the aggregate, given events / when command / expect events or refusal. Dates are chosen in 2024,
 * and each expected due date is counted by hand from the official calendar in the comment beside it.
 *
 * <p>2024 calendar facts used: 4-4..4-6 清明 off, 4-7 (Sunday) worked; 5-1..5-5 劳动节 off, 4-28 (Sunday) and
 * 5-11 (Saturday) worked.
 */
class DisclosureApplicationTest {
    private static final String ID = "app-1";
    private static final String USER = "handler-1";
    private static final String AGENCY = "某市政务服务和大数据管理局";
    /** 2024-03-15 (Friday) 10:00 in Beijing: "today" unless a test moves it. */
    private static final Instant NOW = LegalTime.startOf(LocalDate.of(2024, 3, 15), 10);
    private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);
    /** Received 2024-03-01 (Fri): day 1 = 3-4; 3-4..3-8, 3-11..3-15, 3-18..3-22, 3-25..3-29 → day 20 = 3-29. */
    private static final LocalDate DUE = LocalDate.of(2024, 3, 29);
    private static final Applicant APPLICANT = new Applicant("张三", "110101199001011234", "13800000000",
            "北京市东城区某街1号", null);
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");
    private static final StatutoryClock STATUTORY_CLOCK =
            new StatutoryClock(WorkingDayCalendar.bundled(), ClockSettings.DEFAULTS);

    private AggregateTestFixture<DisclosureApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAt(NOW);
    }

    private static AggregateTestFixture<DisclosureApplication> fixtureAt(Instant now) {
        AggregateTestFixture<DisclosureApplication> fixture = new AggregateTestFixture<>(DisclosureApplication.class);
        fixture.registerInjectableResource(Clock.fixed(now, LegalTime.ZONE));
        fixture.registerInjectableResource(STATUTORY_CLOCK);
        fixture.registerInjectableResource(new InMemoryCaseNumbers());
        fixture.registerInjectableResource(AlertPolicy.DEFAULTS);
        fixture.registerInjectableResource(SignOff.NONE);
        return fixture;
    }

    /** Case numbers as the JDBC counter hands them out, kept in memory for the fixture. */
    static final class InMemoryCaseNumbers implements CaseNumbers {
        private final Map<String, Long> last = new HashMap<>();
        private final Map<String, String> taken = new HashMap<>();

        @Override
        public String next(String agency, int year, String applicationId) {
            String number = CaseNumbers.format(year, last.merge(agency + "/" + year, 1L, Long::sum));
            taken.put(agency + "/" + number, applicationId);
            return number;
        }

        @Override
        public boolean claim(String agency, String caseNumber, String applicationId) {
            return taken.putIfAbsent(agency + "/" + caseNumber, applicationId) == null;
        }

        @Override
        public java.util.Optional<String> applicationOf(String agency, String caseNumber) {
            return java.util.Optional.ofNullable(taken.get(agency + "/" + caseNumber));
        }
    }

    private static ChannelDates handedIn(LocalDate date) {
        return new ChannelDates(date, null, null, null);
    }

    private static ReceiveApplication receive(Channel channel, ChannelDates dates) {
        return new ReceiveApplication(ID, AGENCY, null, channel, dates, ApplicantCategory.NATURAL_PERSON, APPLICANT,
                "2023年本局行政处罚决定书目录", DeliveryForm.EMAIL, USER);
    }

    private static ApplicationReceived received(LocalDate receiptDate) {
        return new ApplicationReceived(ID, AGENCY, "2024-0001", Channel.IN_PERSON, handedIn(receiptDate),
                receiptDate, ApplicantCategory.NATURAL_PERSON, APPLICANT, "2023年本局行政处罚决定书目录",
                DeliveryForm.EMAIL, USER, NOW);
    }

    private static ApplicationReceived received() {
        return received(RECEIVED);
    }

    private static AnswerRecorded answered(Outcome outcome, LocalDate on) {
        return new AnswerRecorded(ID, outcome, "条例第三十六条", on, "已提供", DUE, Timeliness.ON_TIME, USER, NOW);
    }

    private static RecordAnswer answer(Outcome outcome, LocalDate on) {
        return new RecordAnswer(ID, null, outcome, "条例第三十六条", on, "已提供", USER);
    }

    private static ResultValidator<DisclosureApplication> refused(ResultValidator<DisclosureApplication> result,
                                                                  Rule rule) {
        return result.expectException(RuleViolation.class)
                .expectExceptionMessage(startsWith(rule.name() + ":"))
                .expectNoEvents();
    }

    @Nested
    class Intake {
        @Test
        void derivesTheReceiptDateAndAssignsTheFirstCaseNumberOfTheYear() {
            fixture.givenNoPriorActivity()
                    .when(receive(Channel.IN_PERSON, handedIn(RECEIVED)))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(received());
        }

        @Test
        void registeredMailIsReceivedOnTheDayTheAgencySignsForIt() {
            ChannelDates dates = new ChannelDates(null, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 2), null);
            fixture.givenNoPriorActivity()
                    .when(receive(Channel.REGISTERED_MAIL, dates))
                    .expectEvents(new ApplicationReceived(ID, AGENCY, "2024-0001", Channel.REGISTERED_MAIL, dates,
                            LocalDate.of(2024, 3, 4), ApplicantCategory.NATURAL_PERSON, APPLICANT,
                            "2023年本局行政处罚决定书目录", DeliveryForm.EMAIL, USER, NOW));
        }

        @Test
        void refusesAReceiptDateInTheFuture() {
            refused(fixture.givenNoPriorActivity().when(receive(Channel.IN_PERSON, handedIn(LocalDate.of(2024, 3, 16)))),
                    Rule.DATE_IN_FUTURE);
        }

        @Test
        void refusesAnInternetApplicationWithoutTheConfirmationDate() {
            refused(fixture.givenNoPriorActivity().when(receive(Channel.INTERNET, handedIn(RECEIVED))),
                    Rule.RECEIPT_DATE_UNDERIVABLE);
        }

        @Test
        void refusesAReceiptDateBeforeTheRegulationCameIntoForce() {
            refused(fixture.givenNoPriorActivity().when(receive(Channel.IN_PERSON, handedIn(LocalDate.of(2019, 5, 14)))),
                    Rule.RECEIPT_BEFORE_REGULATION);
        }
    }

    @Nested
    class Supplement {
        /** 补正 notice due: 7 working days after 3-1 → 3-4..3-8 (5), 3-11 (6), 3-12 (7). */
        private final LocalDate lastNoticeDay = LocalDate.of(2024, 3, 12);
        private final LocalDate supplementDue = LocalDate.of(2024, 3, 26);

        private RequestSupplement request(LocalDate noticeDate, LocalDate dueDate) {
            return new RequestSupplement(ID, null, noticeDate, "身份证明复印件", dueDate, USER);
        }

        private SupplementRequested requested(LocalDate noticeDate) {
            return new SupplementRequested(ID, noticeDate, "身份证明复印件", supplementDue, USER, NOW);
        }

        @Test
        void aNoticeOnTheSeventhWorkingDayIsRecordedAndItsExpiryScheduled() {
            fixture.given(received())
                    .when(request(lastNoticeDay, supplementDue))
                    .expectEvents(requested(lastNoticeDay))
                    .expectScheduledDeadline(LegalTime.startOf(supplementDue.plusDays(1), 0),
                            new Deadlines.SupplementPeriod(supplementDue));
        }

        @Test
        void refusesANoticeOnTheEighthWorkingDay() {
            refused(fixture.given(received()).when(request(LocalDate.of(2024, 3, 13), supplementDue)),
                    Rule.SUPPLEMENT_NOTICE_TOO_LATE);
        }

        @Test
        void refusesASecondNotice() {
            refused(fixture.given(received(), requested(lastNoticeDay)).when(request(lastNoticeDay, supplementDue)),
                    Rule.SUPPLEMENT_ALREADY_REQUESTED);
        }

        @Test
        void refusesADueDateThatIsNotAfterTheNotice() {
            refused(fixture.given(received()).when(request(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5))),
                    Rule.SUPPLEMENT_DUE_NOT_AFTER_NOTICE);
        }

        @Test
        void refusesADueDateMoreThanAYearAfterTheNotice() {
            refused(fixture.given(received()).when(request(LocalDate.of(2024, 3, 5), LocalDate.of(2025, 3, 6))),
                    Rule.SUPPLEMENT_DUE_TOO_FAR);
        }

        @Test
        void theSupplementArrivingCancelsTheExpiry() {
            fixture.given(received(), requested(lastNoticeDay))
                    .andGivenCommands()
                    .when(new ReceiveSupplement(ID, null, LocalDate.of(2024, 3, 14), USER))
                    .expectEvents(new SupplementReceived(ID, LocalDate.of(2024, 3, 14), USER, NOW))
                    .expectNoScheduledDeadlineOfType(Instant.EPOCH, FAR_FUTURE, Deadlines.SupplementPeriod.class);
        }

        @Test
        void refusesASupplementWhenNoneWasAskedFor() {
            refused(fixture.given(received()).when(new ReceiveSupplement(ID, null, LocalDate.of(2024, 3, 14), USER)),
                    Rule.NO_SUPPLEMENT_PENDING);
        }

        @Test
        void refusesASupplementAfterItsDueDate() {
            AggregateTestFixture<DisclosureApplication> later = fixtureAt(LegalTime.startOf(LocalDate.of(2024, 3, 28), 9));
            refused(later.given(received(), requested(lastNoticeDay))
                            .when(new ReceiveSupplement(ID, null, LocalDate.of(2024, 3, 27), USER)),
                    Rule.SUPPLEMENT_AFTER_DUE_DATE);
        }

        @Test
        void theApplicationClosesAs61WhenTheSupplementPeriodRunsOutWithNoHumanAction() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)), request(lastNoticeDay, supplementDue))
                    .whenTimeAdvancesTo(LegalTime.startOf(supplementDue.plusDays(1), 1))
                    .expectTriggeredDeadlinesWithName(Deadlines.SUPPLEMENT_PERIOD)
                    .expectEvents(new SupplementPeriodExpired(ID, supplementDue, supplementDue.plusDays(1),
                            ApplicationEvent.SYSTEM, NOW));
        }

        @Test
        void noExpiryOnceTheSupplementArrived() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)), request(lastNoticeDay, supplementDue),
                            new ReceiveSupplement(ID, null, LocalDate.of(2024, 3, 14), USER))
                    .whenTimeAdvancesTo(LegalTime.startOf(supplementDue.plusDays(2), 0))
                    .expectNoEvents();
        }

        @Test
        void theAnswerPeriodCannotBeExtendedWhileASupplementIsAwaited() {
            refused(fixture.given(received(), requested(lastNoticeDay))
                            .when(new ExtendAnswerPeriod(ID, null, 10, "办公室主任", LocalDate.of(2024, 3, 14), "复杂", USER)),
                    Rule.AWAITING_SUPPLEMENT);
        }
    }

    @Nested
    class Extension {
        private ExtendAnswerPeriod extend(int days, LocalDate decidedOn) {
            return new ExtendAnswerPeriod(ID, null, days, "办公室主任", decidedOn, "需要调档", USER);
        }

        @Test
        void extendsOnceByUpToTwentyWorkingDaysWithTheApprover() {
            fixture.given(received())
                    .when(extend(20, LocalDate.of(2024, 3, 15)))
                    .expectEvents(new AnswerPeriodExtended(ID, 20, "办公室主任", LocalDate.of(2024, 3, 15), "需要调档",
                            USER, NOW));
        }

        @Test
        void refusesASecondExtension() {
            refused(fixture.given(received(), new AnswerPeriodExtended(ID, 5, "办公室主任", RECEIVED, "调档", USER, NOW))
                    .when(extend(5, LocalDate.of(2024, 3, 15))), Rule.EXTENSION_ALREADY_GRANTED);
        }

        @Test
        void refusesMoreThanTwentyOrFewerThanOneWorkingDays() {
            refused(fixture.given(received()).when(extend(21, LocalDate.of(2024, 3, 15))), Rule.EXTENSION_OUT_OF_RANGE);
            refused(fixtureAt(NOW).given(received()).when(extend(0, LocalDate.of(2024, 3, 15))),
                    Rule.EXTENSION_OUT_OF_RANGE);
        }

        @Test
        void refusesAnExtensionDecidedAfterThePeriodEnded() {
            refused(fixtureAt(LegalTime.startOf(LocalDate.of(2024, 4, 10), 9)).given(received())
                    .when(extend(10, LocalDate.of(2024, 4, 1))), Rule.EXTENSION_AFTER_DUE_DATE);
        }
    }

    @Nested
    class Consultation {
        private final LocalDate sent = LocalDate.of(2024, 3, 5);

        private ConsultationStarted started() {
            // reply due: 15 working days after 3-5 → 3-6..3-8 (3), 3-11..3-15 (8), 3-18..3-22 (13), 3-25, 3-26 (15)
            return new ConsultationStarted(ID, "c1", ConsultationKind.THIRD_PARTY, "某公司", sent,
                    LocalDate.of(2024, 3, 26), USER, NOW);
        }

        @Test
        void startsWithTheFifteenWorkingDayReplyDate() {
            fixture.given(received())
                    .when(new StartConsultation(ID, null, "c1", ConsultationKind.THIRD_PARTY, "某公司", sent, USER))
                    .expectEvents(started());
        }

        @Test
        void endsOnTheReply() {
            fixture.given(received(), started())
                    .when(new EndConsultation(ID, null, "c1", LocalDate.of(2024, 3, 8), "不同意公开", USER))
                    .expectEvents(new ConsultationEnded(ID, "c1", LocalDate.of(2024, 3, 8), "不同意公开", USER, NOW));
        }

        @Test
        void refusesAnUnknownOrEndedConsultationAndAReusedId() {
            refused(fixture.given(received()).when(new EndConsultation(ID, null, "c9", sent, null, USER)),
                    Rule.UNKNOWN_CONSULTATION);
            refused(fixtureAt(NOW).given(received(), started(),
                            new ConsultationEnded(ID, "c1", LocalDate.of(2024, 3, 8), null, USER, NOW))
                    .when(new EndConsultation(ID, null, "c1", LocalDate.of(2024, 3, 9), null, USER)),
                    Rule.CONSULTATION_ALREADY_ENDED);
            refused(fixtureAt(NOW).given(received(), started())
                    .when(new StartConsultation(ID, null, "c1", ConsultationKind.OTHER_AGENCY, "某局", sent, USER)),
                    Rule.CONSULTATION_ID_IN_USE);
        }

        @Test
        void refusesAnEndBeforeTheLetterWasSent() {
            refused(fixture.given(received(), started())
                    .when(new EndConsultation(ID, null, "c1", LocalDate.of(2024, 3, 4), null, USER)),
                    Rule.DATE_OUT_OF_ORDER);
        }

        @Test
        void theDaysOfTheConsultationAreExcludedFromTheAnswerClock() {
            // (3-5, 3-8] excludes 3-6, 3-7, 3-8: the 20th day moves from 3-29 to 4-3 (4-1, 4-2, 4-3).
            fixtureAt(LegalTime.startOf(LocalDate.of(2024, 4, 3), 18))
                    .given(received(), started(), new ConsultationEnded(ID, "c1", LocalDate.of(2024, 3, 8), null, USER, NOW))
                    .when(answer(Outcome.DISCLOSED, LocalDate.of(2024, 4, 3)))
                    .expectEvents(new AnswerRecorded(ID, Outcome.DISCLOSED, "条例第三十六条", LocalDate.of(2024, 4, 3),
                            "已提供", LocalDate.of(2024, 4, 3), Timeliness.ON_TIME, USER,
                            LegalTime.startOf(LocalDate.of(2024, 4, 3), 18)));
        }
    }

    @Nested
    class UnreasonableRequests {
        @Test
        void aDelayedAnswerDateNeedsReasonsToHaveBeenRequested() {
            refused(fixture.given(received())
                    .when(new SetDelayedAnswerDate(ID, null, LocalDate.of(2024, 5, 31), LocalDate.of(2024, 3, 15),
                            "数量较大", USER)), Rule.REASONS_NOT_REQUESTED);
        }

        @Test
        void setsADelayedAnswerDateLaterThanTheDueDate() {
            fixture.given(received(), new ReasonsRequested(ID, LocalDate.of(2024, 3, 4), "请说明理由", USER, NOW))
                    .when(new SetDelayedAnswerDate(ID, null, LocalDate.of(2024, 5, 31), LocalDate.of(2024, 3, 15),
                            "数量较大", USER))
                    .expectEvents(new DelayedAnswerDateSet(ID, LocalDate.of(2024, 5, 31), LocalDate.of(2024, 3, 15),
                            "数量较大", USER, NOW));
        }

        @Test
        void refusesADelayedDateThatIsNotLater() {
            refused(fixture.given(received(), new ReasonsRequested(ID, LocalDate.of(2024, 3, 4), null, USER, NOW))
                    .when(new SetDelayedAnswerDate(ID, null, DUE, LocalDate.of(2024, 3, 15), "数量较大", USER)),
                    Rule.DELAYED_DATE_NOT_LATER);
        }

        @Test
        void recordsTheRequestForReasons() {
            fixture.given(received())
                    .when(new RequestReasons(ID, null, LocalDate.of(2024, 3, 4), "请说明理由", USER))
                    .expectEvents(new ReasonsRequested(ID, LocalDate.of(2024, 3, 4), "请说明理由", USER, NOW));
        }
    }

    @Nested
    class Fee {
        private final LocalDate issued = LocalDate.of(2024, 3, 5);
        /** 20 working days after 3-5: 3-6..3-8 (3), ..3-15 (8), ..3-22 (13), ..3-29 (18), 4-1 (19), 4-2 (20). */
        private final LocalDate paymentDue = LocalDate.of(2024, 4, 2);

        private FeeNoticeIssued issuedNotice() {
            return new FeeNoticeIssued(ID, new BigDecimal("100.00"), issued, "按件计收：本月第11件", paymentDue, USER, NOW);
        }

        @Test
        void issuesANoticeWithItsPaymentDueDateAndSchedulesItsExpiry() {
            fixture.given(received())
                    .when(new IssueFeeNotice(ID, null, new BigDecimal("100.00"), issued, "按件计收：本月第11件", USER))
                    .expectEvents(issuedNotice())
                    .expectScheduledDeadline(LegalTime.startOf(paymentDue.plusDays(1), 0),
                            new Deadlines.FeePaymentPeriod(issued, paymentDue));
        }

        @Test
        void refusesASecondNoticeWhileOneIsUnpaidAndAnAmountThatIsNotPositiveTooPreciseOrAbsurd() {
            refused(fixture.given(received(), issuedNotice())
                    .when(new IssueFeeNotice(ID, null, BigDecimal.TEN, issued, "按件", USER)), Rule.FEE_NOTICE_PENDING);
            refused(fixtureAt(NOW).given(received())
                    .when(new IssueFeeNotice(ID, null, BigDecimal.ZERO, issued, "按件", USER)), Rule.FEE_AMOUNT_INVALID);
            refused(fixtureAt(NOW).given(received())
                    .when(new IssueFeeNotice(ID, null, new BigDecimal("1.234"), issued, "按件", USER)),
                    Rule.FEE_AMOUNT_INVALID);
            refused(fixtureAt(NOW).given(received())
                    .when(new IssueFeeNotice(ID, null, new BigDecimal("1000000000"), issued, "按件", USER)),
                    Rule.FEE_AMOUNT_INVALID);
        }

        @Test
        void paymentCancelsTheExpiry() {
            fixture.given(received(), issuedNotice())
                    .when(new RecordFeePayment(ID, null, LocalDate.of(2024, 3, 8), USER))
                    .expectEvents(new FeePaid(ID, new BigDecimal("100.00"), LocalDate.of(2024, 3, 8), USER, NOW))
                    .expectNoScheduledDeadlineOfType(Instant.EPOCH, FAR_FUTURE, Deadlines.FeePaymentPeriod.class);
        }

        @Test
        void refusesAPaymentWithoutANoticeOrAfterItsDueDate() {
            refused(fixture.given(received()).when(new RecordFeePayment(ID, null, LocalDate.of(2024, 3, 8), USER)),
                    Rule.NO_FEE_PENDING);
            refused(fixtureAt(LegalTime.startOf(LocalDate.of(2024, 4, 3), 9)).given(received(), issuedNotice())
                    .when(new RecordFeePayment(ID, null, LocalDate.of(2024, 4, 3), USER)), Rule.FEE_PAID_AFTER_DUE_DATE);
        }

        @Test
        void theApplicationClosesAs62WhenThePaymentPeriodRunsOut() {
            Instant after = LegalTime.startOf(paymentDue.plusDays(1), 1);
            AggregateTestFixture<DisclosureApplication> later = fixtureAt(after);
            later.givenCurrentTime(NOW)
                    .andGivenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)),
                            new IssueFeeNotice(ID, null, new BigDecimal("100.00"), issued, "按件计收", USER))
                    .whenTimeAdvancesTo(after)
                    .expectEvents(new FeePaymentExpired(ID, paymentDue, paymentDue.plusDays(1),
                            ApplicationEvent.SYSTEM, after));
        }
    }

    @Nested
    class Answer {
        @Test
        void anAnswerWithinTheTwentyWorkingDaysIsOnTime() {
            fixture.given(received())
                    .when(answer(Outcome.DISCLOSED, LocalDate.of(2024, 3, 15)))
                    .expectEvents(new AnswerRecorded(ID, Outcome.DISCLOSED, "条例第三十六条", LocalDate.of(2024, 3, 15),
                            "已提供", DUE, Timeliness.ON_TIME, USER, NOW));
        }

        @Test
        void anAnswerAfterTheDueDateIsRecordedAndMarkedLate() {
            Instant later = LegalTime.startOf(LocalDate.of(2024, 4, 1), 9);
            fixtureAt(later).given(received())
                    .when(answer(Outcome.UNAVAILABLE_NOT_HELD, LocalDate.of(2024, 4, 1)))
                    .expectEvents(new AnswerRecorded(ID, Outcome.UNAVAILABLE_NOT_HELD, "条例第三十六条",
                            LocalDate.of(2024, 4, 1), "已提供", DUE, Timeliness.LATE, USER, later));
        }

        @Test
        void anExtensionMovesTheDueDateToAMakeUpSunday() {
            // 3-29 + 20: 4-1..4-3 (3), 4-4..4-6 off, 4-7 Sunday worked (4), 4-8..4-12 (9), 4-15..4-19 (14),
            // 4-22..4-26 (19), 4-28 Sunday worked (20).
            LocalDate due = LocalDate.of(2024, 4, 28);
            Instant later = LegalTime.startOf(LocalDate.of(2024, 4, 29), 9);
            AnswerPeriodExtended extended = new AnswerPeriodExtended(ID, 20, "主任", RECEIVED, "调档", USER, NOW);
            fixtureAt(later).given(received(), extended)
                    .when(answer(Outcome.DISCLOSED, due))
                    .expectEvents(new AnswerRecorded(ID, Outcome.DISCLOSED, "条例第三十六条", due, "已提供", due,
                            Timeliness.ON_TIME, USER, later));
            fixtureAt(later).given(received(), extended)
                    .when(answer(Outcome.DISCLOSED, due.plusDays(1)))
                    .expectEvents(new AnswerRecorded(ID, Outcome.DISCLOSED, "条例第三十六条", due.plusDays(1), "已提供",
                            due, Timeliness.LATE, USER, later));
        }

        @Test
        void outcomes61And62NeedAnExpiredPeriod() {
            refused(fixture.given(received()).when(answer(Outcome.OTHER_SUPPLEMENT_OVERDUE, RECEIVED)),
                    Rule.OUTCOME_NEEDS_EXPIRED_PERIOD);
            refused(fixtureAt(NOW).given(received()).when(answer(Outcome.OTHER_FEE_UNPAID, RECEIVED)),
                    Rule.OUTCOME_NEEDS_EXPIRED_PERIOD);
            SupplementRequested requested = new SupplementRequested(ID, LocalDate.of(2024, 3, 4), "材料",
                    LocalDate.of(2024, 3, 11), USER, NOW);
            refused(fixtureAt(NOW).given(received(), requested)
                    .when(answer(Outcome.OTHER_SUPPLEMENT_OVERDUE, LocalDate.of(2024, 3, 11))),
                    Rule.OUTCOME_NEEDS_EXPIRED_PERIOD);
        }

        @Test
        void recording61AfterTheSupplementPeriodIsDatedByTheRule() {
            SupplementRequested requested = new SupplementRequested(ID, LocalDate.of(2024, 3, 4), "材料",
                    LocalDate.of(2024, 3, 11), USER, NOW);
            fixture.given(received(), requested)
                    .when(answer(Outcome.OTHER_SUPPLEMENT_OVERDUE, LocalDate.of(2024, 3, 15)))
                    .expectEvents(new SupplementPeriodExpired(ID, LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12),
                            USER, NOW));
        }

        @Test
        void recording62AfterTheFeePeriodIsDatedByTheRule() {
            // fee notice 2024-02-01, 20 working days from the day after (as STATUTE.md's 2024-02-01 example):
            // 2-2 (1), 2-4 Sunday worked (2), 2-5..2-9 (7), 2-10..2-17 off, 2-18 Sunday worked (8),
            // 2-19..2-23 (13), 2-26..3-1 (18), 3-4 (19), 3-5 (20)
            LocalDate issued = LocalDate.of(2024, 2, 1);
            LocalDate due = LocalDate.of(2024, 3, 5);
            fixture.given(received(LocalDate.of(2024, 1, 31)),
                            new FeeNoticeIssued(ID, BigDecimal.TEN, issued, "按件", due, USER, NOW))
                    .when(answer(Outcome.OTHER_FEE_UNPAID, LocalDate.of(2024, 3, 15)))
                    .expectEvents(new FeePaymentExpired(ID, due, due.plusDays(1), USER, NOW));
        }

        @Test
        void outcome43NeedsAReceivedSupplement() {
            refused(fixture.given(received()).when(answer(Outcome.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT, RECEIVED)),
                    Rule.UNCLEAR_WITHOUT_SUPPLEMENT);
            // restart from 3-8: 3-11..3-15 (5), ..3-22 (10), ..3-29 (15), 4-1..4-3 (18), 4-7 (19), 4-8 (20)
            fixtureAt(NOW).given(received(),
                            new SupplementRequested(ID, LocalDate.of(2024, 3, 4), "材料", LocalDate.of(2024, 3, 11), USER, NOW),
                            new SupplementReceived(ID, LocalDate.of(2024, 3, 8), USER, NOW))
                    .when(answer(Outcome.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT, LocalDate.of(2024, 3, 15)))
                    .expectEvents(new AnswerRecorded(ID, Outcome.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT, "条例第三十六条",
                            LocalDate.of(2024, 3, 15), "已提供", LocalDate.of(2024, 4, 8), Timeliness.ON_TIME, USER, NOW));
        }

        @Test
        void refusesAnswerDatesBeforeReceiptOrInTheFuture() {
            refused(fixture.given(received()).when(answer(Outcome.DISCLOSED, LocalDate.of(2024, 2, 29))),
                    Rule.DATE_BEFORE_RECEIPT);
            refused(fixtureAt(NOW).given(received()).when(answer(Outcome.DISCLOSED, LocalDate.of(2024, 3, 16))),
                    Rule.DATE_IN_FUTURE);
        }

        @Test
        void aClosedApplicationRefusesEveryLifecycleCommand() {
            AnswerRecorded closed = answered(Outcome.DISCLOSED, LocalDate.of(2024, 3, 14));
            LocalDate day = LocalDate.of(2024, 3, 15);
            Object[] commands = {
                    answer(Outcome.DISCLOSED, day),
                    new WithdrawApplication(ID, null, day, null, USER),
                    new RequestSupplement(ID, null, day, "材料", day.plusDays(10), USER),
                    new ExtendAnswerPeriod(ID, null, 5, "主任", day, "调档", USER),
                    new StartConsultation(ID, null, "c1", ConsultationKind.THIRD_PARTY, "某公司", day, USER),
                    new IssueFeeNotice(ID, null, BigDecimal.TEN, day, "按件", USER),
                    new RequestReasons(ID, null, day, null, USER)};
            for (Object command : commands) {
                refused(fixtureAt(NOW).given(received(), closed).when(command), Rule.APPLICATION_CLOSED);
            }
        }

        @Test
        void withdrawalClosesAs63AndCancelsTheDeadlines() {
            fixture.givenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)),
                            new IssueFeeNotice(ID, null, BigDecimal.TEN, LocalDate.of(2024, 3, 5), "按件", USER))
                    .when(new WithdrawApplication(ID, null, LocalDate.of(2024, 3, 15), "不再需要", USER))
                    .expectEvents(new ApplicationWithdrawn(ID, LocalDate.of(2024, 3, 15), "不再需要", USER, NOW))
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class Appeals {
        private final AnswerRecorded closed = answered(Outcome.WITHHELD_THIRD_PARTY_RIGHTS, LocalDate.of(2024, 3, 14));
        private final LocalDate day = LocalDate.of(2024, 3, 15);

        @Test
        void anOpenApplicationCannotBeAppealed() {
            refused(fixture.given(received()).when(new FileReconsideration(ID, null, "r1", day, "市人民政府", USER)),
                    Rule.NOT_CLOSED);
        }

        @Test
        void aReconsiderationIsFiledAndDecided() {
            fixture.given(received(), closed)
                    .when(new FileReconsideration(ID, null, "r1", day, "市人民政府", USER))
                    .expectEvents(new ReconsiderationFiled(ID, "r1", day, "市人民政府", USER, NOW));
            fixtureAt(NOW).given(received(), closed, new ReconsiderationFiled(ID, "r1", day, "市人民政府", USER, NOW))
                    .when(new DecideReconsideration(ID, null, "r1", AppealResult.ORDERED_TO_ANSWER_AGAIN, day, "责令重新答复", USER))
                    .expectEvents(new ReconsiderationDecided(ID, "r1", AppealResult.ORDERED_TO_ANSWER_AGAIN, day,
                            "责令重新答复", USER, NOW));
        }

        @Test
        void refusesAResultThatCannotEndThatKindOfAppeal() {
            refused(fixture.given(received(), closed, new ReconsiderationFiled(ID, "r1", day, "市人民政府", USER, NOW))
                    .when(new DecideReconsideration(ID, null, "r1", AppealResult.CLAIM_DISMISSED, day, null, USER)),
                    Rule.RESULT_NOT_FOR_APPEAL_KIND);
        }

        @Test
        void refusesDecidingTwiceAnUnknownAppealOrAReusedId() {
            ReconsiderationFiled filed = new ReconsiderationFiled(ID, "r1", day, "市人民政府", USER, NOW);
            ReconsiderationDecided decided = new ReconsiderationDecided(ID, "r1", AppealResult.UPHELD, day, null, USER, NOW);
            refused(fixture.given(received(), closed, filed, decided)
                    .when(new DecideReconsideration(ID, null, "r1", AppealResult.REVOKED, day, null, USER)),
                    Rule.APPEAL_ALREADY_DECIDED);
            refused(fixtureAt(NOW).given(received(), closed)
                    .when(new DecideLawsuit(ID, null, "x", AppealResult.UPHELD, day, null, USER)), Rule.UNKNOWN_APPEAL);
            refused(fixtureAt(NOW).given(received(), closed, filed)
                    .when(new FileLawsuit(ID, null, "r1", day, "区人民法院", null, USER)), Rule.APPEAL_ID_IN_USE);
        }

        @Test
        void aLawsuitAfterReconsiderationNeedsTheDecision() {
            ReconsiderationFiled filed = new ReconsiderationFiled(ID, "r1", day, "市人民政府", USER, NOW);
            refused(fixture.given(received(), closed, filed)
                    .when(new FileLawsuit(ID, null, "l1", day, "区人民法院", "r1", USER)),
                    Rule.RECONSIDERATION_NOT_DECIDED);
            fixtureAt(NOW).given(received(), closed, filed,
                            new ReconsiderationDecided(ID, "r1", AppealResult.UPHELD, day, null, USER, NOW))
                    .when(new FileLawsuit(ID, null, "l1", day, "区人民法院", "r1", USER))
                    .expectEvents(new LawsuitFiled(ID, "l1", day, "区人民法院", "r1", USER, NOW));
        }

        @Test
        void aDirectLawsuitIsFiledAndDecided() {
            fixture.given(received(), closed, new LawsuitFiled(ID, "l1", day, "区人民法院", null, USER, NOW))
                    .when(new DecideLawsuit(ID, null, "l1", AppealResult.SUIT_WITHDRAWN, day, "原告撤诉", USER))
                    .expectEvents(new LawsuitDecided(ID, "l1", AppealResult.SUIT_WITHDRAWN, day, "原告撤诉", USER, NOW));
        }
    }

    @Nested
    class Corrections {
        @Test
        void aWrongCategoryIsCorrectedWithItsReasonEvenAfterClosing() {
            fixture.given(received(), answered(Outcome.DISCLOSED, LocalDate.of(2024, 3, 14)))
                    .when(new CorrectApplicantCategory(ID, null, ApplicantCategory.LEGAL_SERVICE_INSTITUTION, "律所申请", USER))
                    .expectEvents(new ApplicantCategoryCorrected(ID, ApplicantCategory.NATURAL_PERSON,
                            ApplicantCategory.LEGAL_SERVICE_INSTITUTION, "律所申请", USER, NOW));
        }

        @Test
        void refusesACorrectionThatChangesNothing() {
            refused(fixture.given(received())
                    .when(new CorrectApplicantCategory(ID, null, ApplicantCategory.NATURAL_PERSON, "无", USER)),
                    Rule.CORRECTION_UNCHANGED);
        }

        @Test
        void aCorrectedReceiptDateMovesTheDueDate() {
            // received 3-4 instead of 3-1: 3-5..3-8 (4), ..3-15 (9), ..3-22 (14), ..3-29 (19), 4-1 (20)
            Instant later = LegalTime.startOf(LocalDate.of(2024, 4, 1), 9);
            ChannelDates corrected = handedIn(LocalDate.of(2024, 3, 4));
            ReceiptDateCorrected correction = new ReceiptDateCorrected(ID, RECEIVED, LocalDate.of(2024, 3, 4),
                    corrected, "登记错误", USER, NOW);
            fixture.given(received())
                    .when(new CorrectReceiptDate(ID, null, corrected, "登记错误", USER))
                    .expectEvents(correction);
            fixtureAt(later).given(received(), correction)
                    .when(answer(Outcome.DISCLOSED, LocalDate.of(2024, 4, 1)))
                    .expectEvents(new AnswerRecorded(ID, Outcome.DISCLOSED, "条例第三十六条", LocalDate.of(2024, 4, 1),
                            "已提供", LocalDate.of(2024, 4, 1), Timeliness.ON_TIME, USER, later));
        }

        @Test
        void anOutcomeIsCorrectedOnlyOnceThereIsOne() {
            refused(fixture.given(received())
                    .when(new CorrectOutcome(ID, null, Outcome.PARTLY_DISCLOSED, "条例第三十七条", "区分处理", USER)),
                    Rule.NOT_CLOSED);
            fixtureAt(NOW).given(received(), answered(Outcome.DISCLOSED, LocalDate.of(2024, 3, 14)))
                    .when(new CorrectOutcome(ID, null, Outcome.PARTLY_DISCLOSED, "条例第三十七条", "区分处理", USER))
                    .expectEvents(new OutcomeCorrected(ID, Outcome.DISCLOSED, Outcome.PARTLY_DISCLOSED, "条例第三十七条",
                            "区分处理", USER, NOW));
        }
    }

    @Nested
    class Alerts {
        private final Instant receiptDay = LegalTime.startOf(RECEIVED, 10);

        private Deadlines.AlertDue dueSoon(LocalDate due, int days) {
            return new Deadlines.AlertDue(AlertKind.ANSWER_DUE_SOON, due, days);
        }

        @Test
        void intakePlansTheAnswerAndNoticeWindowAlertsAtEightOnWorkingDays() {
            // due 3-29: 5 working days before → 3-22, 1 before → 3-28, overdue on 4-1 (Monday);
            // the 补正 notice window ends 3-12, 2 working days before → 3-8
            fixtureAt(receiptDay).givenNoPriorActivity()
                    .when(receive(Channel.IN_PERSON, handedIn(RECEIVED)))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 3, 22), 8), dueSoon(DUE, 5))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 3, 28), 8), dueSoon(DUE, 1))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 4, 1), 8),
                            new Deadlines.AlertDue(AlertKind.ANSWER_OVERDUE, DUE, 0))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 3, 8), 8),
                            new Deadlines.AlertDue(AlertKind.SUPPLEMENT_NOTICE_WINDOW_CLOSING,
                                    LocalDate.of(2024, 3, 12), 2));
        }

        @Test
        void aDueDateAfterTheMayDayHolidayIsWarnedBeforeIt() {
            // received 2024-04-03 (4-4..4-6 清明): day 1 is Sunday 4-7 (worked) … day 20 is Monday 5-6 after 5-1..5-5;
            // 1 working day before 5-6 is 4-30, 5 before: 4-30, 4-29, 4-28 (Sunday, worked), 4-26, 4-25
            LocalDate received = LocalDate.of(2024, 4, 3);
            LocalDate due = LocalDate.of(2024, 5, 6);
            fixtureAt(LegalTime.startOf(received, 10)).givenNoPriorActivity()
                    .when(receive(Channel.IN_PERSON, handedIn(received)))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 4, 30), 8), dueSoon(due, 1))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 4, 25), 8), dueSoon(due, 5))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 5, 7), 8),
                            new Deadlines.AlertDue(AlertKind.ANSWER_OVERDUE, due, 0));
        }

        @Test
        void anExtensionToAMakeUpSundayMovesTheAlerts() {
            // due 3-29 + 20 → Sunday 4-28 (worked): 1 before → Friday 4-26, overdue on Monday 4-29
            LocalDate due = LocalDate.of(2024, 4, 28);
            fixture.given(received())
                    .when(new ExtendAnswerPeriod(ID, null, 20, "主任", LocalDate.of(2024, 3, 15), "调档", USER))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 4, 26), 8), dueSoon(due, 1))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 4, 29), 8),
                            new Deadlines.AlertDue(AlertKind.ANSWER_OVERDUE, due, 0))
                    .expectNoScheduledDeadline(Instant.EPOCH, FAR_FUTURE, dueSoon(DUE, 1));
        }

        @Test
        void aConsultationSpanningNewYearMovesTheAlertsWhenItEnds() {
            // received 2023-12-20 → due 2024-01-18; consulting from 12-22 to 1-3 excludes 12-25..12-29, 1-2, 1-3
            // (1-1 off): 7 working days, so due 1-29; 1 before → 1-26, overdue on 1-30
            LocalDate received = LocalDate.of(2023, 12, 20);
            LocalDate due = LocalDate.of(2024, 1, 29);
            Instant now = LegalTime.startOf(LocalDate.of(2024, 1, 3), 15);
            fixtureAt(now).given(received(received),
                            new ConsultationStarted(ID, "c1", ConsultationKind.THIRD_PARTY, "某公司",
                                    LocalDate.of(2023, 12, 22), LocalDate.of(2024, 1, 15), USER, NOW))
                    .when(new EndConsultation(ID, null, "c1", LocalDate.of(2024, 1, 3), "同意", USER))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 1, 26), 8), dueSoon(due, 1))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 1, 30), 8),
                            new Deadlines.AlertDue(AlertKind.ANSWER_OVERDUE, due, 0));
        }

        @Test
        void noAnswerAlertWhileTheClockIsStopped() {
            fixture.given(received())
                    .when(new StartConsultation(ID, null, "c1", ConsultationKind.OTHER_AGENCY, "某局",
                            LocalDate.of(2024, 3, 15), USER))
                    .expectNoScheduledDeadlineOfType(Instant.EPOCH, FAR_FUTURE, Deadlines.AlertDue.class);
        }

        @Test
        void theAlertIsRecordedWhenItsDayBegins() {
            Instant alertTime = LegalTime.startOf(LocalDate.of(2024, 3, 22), 8);
            fixtureAt(receiptDay).givenCurrentTime(receiptDay)
                    .andGivenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)))
                    .whenTimeAdvancesTo(alertTime)
                    .expectTriggeredDeadlines(
                            new Deadlines.AlertDue(AlertKind.SUPPLEMENT_NOTICE_WINDOW_CLOSING, LocalDate.of(2024, 3, 12), 2),
                            dueSoon(DUE, 5))
                    .expectEvents(
                            new SupplementNoticeWindowClosing(ID, LocalDate.of(2024, 3, 12), 2, ApplicationEvent.SYSTEM,
                                    receiptDay),
                            new AnswerDueSoon(ID, DUE, 5, ApplicationEvent.SYSTEM, receiptDay));
        }

        @Test
        void anAlertFiringTwiceIsRecordedOnce() {
            Instant alertTime = LegalTime.startOf(LocalDate.of(2024, 3, 22), 8);
            fixtureAt(receiptDay).givenCurrentTime(receiptDay)
                    .andGivenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)),
                            new RequestSupplement(ID, null, RECEIVED, "材料", LocalDate.of(2024, 3, 11), USER),
                            new ReceiveSupplement(ID, null, RECEIVED, USER))
                    .andGiven(new AnswerDueSoon(ID, DUE, 5, ApplicationEvent.SYSTEM, receiptDay))
                    .whenTimeAdvancesTo(alertTime)
                    .expectNoEvents();
        }

        /** Tuesday 3-26, 3 working days before {@code DUE} (3-27, 3-28, 3-29): the 5-day alert's day (3-22) passed. */
        private final LocalDate lateDay = LocalDate.of(2024, 3, 26);
        private final Instant lateMorning = LegalTime.startOf(lateDay, 10);

        @Test
        void anAlertRecordedAfterItsDaySaysTheWorkingDaysActuallyLeft() {
            // registered late (brought in from a ledger, say): the 5-day alert is recorded at once, saying 3
            fixtureAt(lateMorning).givenCurrentTime(lateMorning)
                    .andGivenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)))
                    .whenTimeAdvancesTo(lateMorning.plusSeconds(60))
                    .expectEvents(new AnswerDueSoon(ID, DUE, 3, ApplicationEvent.SYSTEM, lateMorning));
        }

        @Test
        void afterALateAlertTheLessUrgentOneIsNotPlannedAgainButTheMoreUrgentOneStill() {
            fixtureAt(lateMorning)
                    .given(received(), new AnswerDueSoon(ID, DUE, 3, ApplicationEvent.SYSTEM, lateMorning),
                            new ConsultationStarted(ID, "c1", ConsultationKind.OTHER_AGENCY, "某局", lateDay,
                                    LocalDate.of(2024, 4, 17), USER, NOW))
                    // a letter sent and answered the same day excludes no working day: the due date stays 3-29
                    .when(new EndConsultation(ID, null, "c1", lateDay, "无意见", USER))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 3, 28), 8), dueSoon(DUE, 1))
                    .expectNoScheduledDeadlineMatching(messageWithPayload(equalTo(dueSoon(DUE, 5))));
        }

        @Test
        void overdueIsRecordedOnTheFirstWorkingDayAfterTheDueDateAndNothingAfterClosing() {
            Instant monday = LegalTime.startOf(LocalDate.of(2024, 4, 1), 9);
            fixtureAt(monday).givenCurrentTime(monday)
                    .andGivenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)))
                    .whenTimeAdvancesTo(monday.plusSeconds(60))
                    .expectEvents(new AnswerOverdue(ID, DUE, ApplicationEvent.SYSTEM, monday));
            fixtureAt(monday).givenCurrentTime(monday)
                    .andGivenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)),
                            answer(Outcome.DISCLOSED, LocalDate.of(2024, 4, 1)))
                    .whenTimeAdvancesTo(monday.plusSeconds(60))
                    .expectNoEvents();
        }

        @Test
        void anAlertDayOnAMakeUpSundayFiresThatSunday() {
            // received Monday 4-01: day 1 is 4-02, 4-03, (清明 4-04..4-06), Sunday 4-07 (worked) … day 19 is Sunday
            // 4-28 (worked, for May Day), day 20 Monday 4-29; 1 working day before is that Sunday, 5 before is 4-23
            LocalDate received = LocalDate.of(2024, 4, 1);
            LocalDate due = LocalDate.of(2024, 4, 29);
            fixtureAt(LegalTime.startOf(received, 10)).givenNoPriorActivity()
                    .when(receive(Channel.IN_PERSON, handedIn(received)))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 4, 28), 8), dueSoon(due, 1))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 4, 23), 8), dueSoon(due, 5))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 4, 30), 8),
                            new Deadlines.AlertDue(AlertKind.ANSWER_OVERDUE, due, 0));
        }

        @Test
        void aFeePauseSpanningNewYearMovesTheAlertsWhenTheFeeIsPaid() {
            // received 2023-12-01: 10 working days counted to the notice of 12-15 (the day it goes out counts);
            // paid 2024-01-03 (1-01 off), counting resumes 1-04: day 11 … day 20 is 1-17; 1 before → 1-16,
            // 5 before → 1-10, overdue on 1-18
            LocalDate due = LocalDate.of(2024, 1, 17);
            LocalDate issued = LocalDate.of(2023, 12, 15);
            fixtureAt(LegalTime.startOf(LocalDate.of(2024, 1, 3), 15))
                    .given(received(LocalDate.of(2023, 12, 1)), new FeeNoticeIssued(ID, BigDecimal.TEN, issued, "按件",
                            LocalDate.of(2024, 1, 15), USER, NOW))
                    .when(new RecordFeePayment(ID, null, LocalDate.of(2024, 1, 3), USER))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 1, 16), 8), dueSoon(due, 1))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 1, 10), 8), dueSoon(due, 5))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 1, 18), 8),
                            new Deadlines.AlertDue(AlertKind.ANSWER_OVERDUE, due, 0));
        }

        @Test
        void noAnswerAlertOnceTheSupplementPeriodClosedTheApplication() {
            fixtureAt(receiptDay).givenCurrentTime(receiptDay)
                    .andGivenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)),
                            new RequestSupplement(ID, null, RECEIVED, "材料", LocalDate.of(2024, 3, 20), USER))
                    .whenTimeAdvancesTo(LegalTime.startOf(LocalDate.of(2024, 4, 30), 9))
                    .expectEvents(new SupplementPeriodExpired(ID, LocalDate.of(2024, 3, 20),
                            LocalDate.of(2024, 3, 21), ApplicationEvent.SYSTEM, receiptDay));
        }
    }

    @Nested
    class AppealReplyAlerts {
        private final LocalDate filed = LocalDate.of(2024, 3, 15);
        /** The agency's written reply to the 复议机关 is due Friday 3-29 (10 days after it got the copy). */
        private final LocalDate replyDue = LocalDate.of(2024, 3, 29);

        private FileReconsideration reconsideration(LocalDate replyDueDate) {
            return new FileReconsideration(ID, null, "r1", filed, "市人民政府", replyDueDate, USER);
        }

        private Deadlines.AlertDue replyDueSoon(int days) {
            return new Deadlines.AlertDue(AlertKind.APPEAL_REPLY_DUE_SOON, replyDue, days, "r1");
        }

        @Test
        void aReconsiderationWithAReplyDueDateIsWarnedThreeAndOneWorkingDaysBefore() {
            fixture.given(received(), answered(Outcome.DISCLOSED, LocalDate.of(2024, 3, 14)))
                    .when(reconsideration(replyDue))
                    .expectEvents(new ReconsiderationFiled(ID, "r1", filed, "市人民政府", replyDue, USER, NOW))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 3, 26), 8), replyDueSoon(3))
                    .expectScheduledDeadline(LegalTime.startOf(LocalDate.of(2024, 3, 28), 8), replyDueSoon(1));
        }

        @Test
        void theReplyAlertIsRecordedOnItsDayUnlessTheAppealWasDecided() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)),
                            answer(Outcome.DISCLOSED, LocalDate.of(2024, 3, 14)), reconsideration(replyDue))
                    .whenTimeAdvancesTo(LegalTime.startOf(LocalDate.of(2024, 3, 26), 9))
                    .expectEvents(new AppealReplyDueSoon(ID, "r1", replyDue, 3, ApplicationEvent.SYSTEM, NOW));
            fixtureAt(NOW).givenCurrentTime(NOW)
                    .andGivenCommands(receive(Channel.IN_PERSON, handedIn(RECEIVED)),
                            answer(Outcome.DISCLOSED, LocalDate.of(2024, 3, 14)), reconsideration(replyDue),
                            new DecideReconsideration(ID, null, "r1", AppealResult.UPHELD, filed, "维持", USER))
                    .whenTimeAdvancesTo(LegalTime.startOf(LocalDate.of(2024, 3, 29), 9))
                    .expectNoEvents();
        }

        @Test
        void aLawsuitWithoutAReplyDueDateIsNotWarnedAndOneBeforeTheFilingIsRefused() {
            fixture.given(received(), answered(Outcome.DISCLOSED, LocalDate.of(2024, 3, 14)))
                    .when(new FileLawsuit(ID, null, "l1", filed, "区人民法院", null, USER))
                    .expectNoScheduledDeadlineOfType(Instant.EPOCH, FAR_FUTURE, Deadlines.AlertDue.class);
            refused(fixtureAt(NOW).given(received(), answered(Outcome.DISCLOSED, LocalDate.of(2024, 3, 14)))
                    .when(reconsideration(LocalDate.of(2024, 3, 14))), Rule.REPLY_DUE_BEFORE_FILING);
        }
    }
}
