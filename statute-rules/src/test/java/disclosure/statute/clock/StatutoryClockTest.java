package disclosure.statute.clock;

import disclosure.statute.calendar.WorkingDayCalendar;
import disclosure.statute.clock.ClockFact.DelayedAnswerDateSet;
import disclosure.statute.clock.ClockFact.Extended;
import disclosure.statute.clock.ClockFact.PauseEnded;
import disclosure.statute.clock.ClockFact.PauseStarted;
import disclosure.statute.clock.ClockFact.ReceiptDateCorrected;
import disclosure.statute.clock.ClockFact.Received;
import disclosure.statute.clock.ClockFact.SupplementReceived;
import disclosure.statute.clock.ClockFact.SupplementRequested;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static disclosure.statute.clock.PauseReason.AGENCY_CONSULTATION;
import static disclosure.statute.clock.PauseReason.FEE_PAYMENT;
import static disclosure.statute.clock.PauseReason.THIRD_PARTY_CONSULTATION;
import static disclosure.statute.clock.Timeliness.LATE;
import static disclosure.statute.clock.Timeliness.ON_TIME;
import static disclosure.statute.clock.Timeliness.UNDETERMINED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Expected dates are worked out by hand from {@code cn-workdays.json}; the comments show the count. Calendar
 * notes used below: 2023-09-29..10-06 off, Sat 10-07 and Sun 10-08 worked; 2024-01-01 off; 2024-02-10..02-17 off,
 * Sun 02-04 and Sun 02-18 worked; 2024-04-04..04-06 off, Sun 04-07 worked; no days off in Nov–Dec 2026.
 */
class StatutoryClockTest {

    private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.bundled(), ClockSettings.DEFAULTS);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Received received(String iso) {
        return new Received(d(iso));
    }

    private static PauseStarted pause(String id, PauseReason reason, String startedOn) {
        return new PauseStarted(id, reason, d(startedOn));
    }

    private static PauseEnded resume(String id, String endedOn) {
        return new PauseEnded(id, d(endedOn));
    }

    private DueDate answerDue(ClockFact... facts) {
        return clock.read(List.of(facts), d("2023-01-01")).answerDue();
    }

    @Nested
    class WorkedExamplesOfStatute {

        @Test
        void received20230927IsDue20231031() {
            // 09-28 (1); 09-29..10-06 off; Sat 10-07 (2), Sun 10-08 (3); 10-09..13 (4–8); 10-16..20 (9–13);
            // 10-23..27 (14–18); 10-30 (19), 10-31 (20).
            assertThat(answerDue(received("2023-09-27"))).isEqualTo(DueDate.known(d("2023-10-31")));
        }

        @Test
        void received20230927WithTwentyDayExtensionIsDue20231128() {
            // From 10-31 (20): 11-01..03 (21–23); 11-06..10 (24–28); 11-13..17 (29–33); 11-20..24 (34–38);
            // 11-27 (39), 11-28 (40).
            ClockReading reading = clock.read(List.of(received("2023-09-27"), new Extended(20)), d("2023-10-20"));
            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2023-11-28")));
            assertThat(reading.periodWorkingDays()).isEqualTo(40);
        }

        @Test
        void received20191220IsDueOnMakeUpSunday20200119() {
            // 12-23..27 (1–5); 12-30, 12-31 (6, 7); 01-01 off; 01-02, 01-03 (8, 9); 01-06..10 (10–14);
            // 01-13..17 (15–19); Sun 01-19 worked (20).
            assertThat(answerDue(received("2019-12-20"))).isEqualTo(DueDate.known(d("2020-01-19")));
        }

        @Test
        void received20240201HasSupplementNoticeDue20240209AndAnswerDue20240305() {
            // 02-02 (1), Sun 02-04 worked (2), 02-05..09 (3–7) → notice due 02-09.
            // 02-10..17 off; Sun 02-18 worked (8); 02-19..23 (9–13); 02-26..03-01 (14–18); 03-04 (19), 03-05 (20).
            ClockReading reading = clock.read(List.of(received("2024-02-01")), d("2024-02-01"));
            assertThat(reading.supplementNoticeDue()).isEqualTo(DueDate.known(d("2024-02-09")));
            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2024-03-05")));
        }

        @Test
        void received20250120IsDue20250221() {
            // 01-21..24 (1–4); Sun 01-26 worked (5); 01-27 (6); 01-28..02-04 off; 02-05..07 (7–9);
            // Sat 02-08 worked (10); 02-10..14 (11–15); 02-17..21 (16–20).
            assertThat(answerDue(received("2025-01-20"))).isEqualTo(DueDate.known(d("2025-02-21")));
        }

        @Test
        void received20260210IsDue20260316() {
            // 02-11..13 (1–3); Sat 02-14 worked (4); 02-15..23 off; 02-24..27 (5–8); Sat 02-28 worked (9);
            // 03-02..06 (10–14); 03-09..13 (15–19); 03-16 (20).
            assertThat(answerDue(received("2026-02-10"))).isEqualTo(DueDate.known(d("2026-03-16")));
        }

        @Test
        void received20231220IsDueAcrossTheYearOn20240118() {
            // 12-21, 12-22 (1, 2); 12-25..29 (3–7); 2024-01-01 off; 01-02..05 (8–11); 01-08..12 (12–16);
            // 01-15..18 (17–20).
            assertThat(answerDue(received("2023-12-20"))).isEqualTo(DueDate.known(d("2024-01-18")));
        }
    }

    @Nested
    class ReceiptAndSupplement {

        @Test
        void correctedReceiptDateReplacesTheOriginal() {
            ClockReading reading = clock.read(
                    List.of(received("2023-09-26"), new ReceiptDateCorrected(d("2023-09-27"))), d("2023-09-27"));
            assertThat(reading.receiptDate()).isEqualTo(d("2023-09-27"));
            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2023-10-31")));
        }

        @Test
        void awaitingSupplementSuspendsTheAnswerDate() {
            ClockReading reading = clock.read(List.of(
                    received("2024-02-01"),
                    new SupplementRequested(d("2024-02-05"), d("2024-02-20"))), d("2024-02-08"));

            assertThat(reading.phase()).isEqualTo(ClockPhase.AWAITING_SUPPLEMENT);
            assertThat(reading.answerDue()).isEqualTo(DueDate.suspended());
            assertThat(reading.supplementDueDate()).isEqualTo(d("2024-02-20"));
            assertThat(reading.supplementNoticeDue()).isEqualTo(DueDate.known(d("2024-02-09")));
            assertThat(reading.workingDaysUsed()).isNull();
            assertThat(reading.workingDaysLeft()).isNull();
            assertThat(reading.trace()).last().satisfies(step -> {
                assertThat(step.rule()).isEqualTo("条例第三十条");
                assertThat(step.explanation()).contains("等待申请人补正", "2024-02-20");
            });
        }

        @Test
        void supplementReceivedRestartsTheFullPeriod() {
            // Anchor moves to Mon 02-19: 02-20..23 (1–4); 02-26..03-01 (5–9); 03-04..08 (10–14);
            // 03-11..15 (15–19); 03-18 (20).
            ClockReading reading = clock.read(List.of(
                    received("2024-02-01"),
                    new SupplementRequested(d("2024-02-05"), d("2024-02-20")),
                    new SupplementReceived(d("2024-02-19"))), d("2024-02-19"));

            assertThat(reading.phase()).isEqualTo(ClockPhase.RUNNING);
            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2024-03-18")));
            assertThat(reading.supplementDueDate()).isNull();
            assertThat(reading.receiptDate()).as("the legal receipt date stays").isEqualTo(d("2024-02-01"));
            assertThat(reading.supplementNoticeDue()).isEqualTo(DueDate.known(d("2024-02-09")));
            assertThat(reading.workingDaysUsed()).isZero();
            assertThat(reading.workingDaysLeft()).isEqualTo(20);
            assertThat(reading.trace()).anySatisfy(step -> assertThat(step.explanation())
                    .isEqualTo("自收到补正材料之日（2024-02-19）起20个工作日，答复期限为2024-03-18"));
        }
    }

    @Nested
    class Pauses {

        @Test
        void pauseExcludesWorkingDaysAfterItsStartUpToItsEnd() {
            // Count to Tue 10-10: 09-28 (1), 10-07 (2), 10-08 (3), 10-09 (4), 10-10 (5, the start day counts).
            // Excluded (10-10, 10-20]: 10-11..13, 10-16..20 = 8 working days.
            // Resume: 10-23..27 (6–10); 10-30, 10-31 (11, 12); 11-01..03 (13–15); 11-06..10 (16–20).
            ClockReading reading = clock.read(List.of(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-10"),
                    resume("p1", "2023-10-20")), d("2023-10-23"));

            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2023-11-10")));
            assertThat(reading.phase()).isEqualTo(ClockPhase.RUNNING);
            // Used through Mon 10-23: days 1–5 plus 10-23 = 6.
            assertThat(reading.workingDaysUsed()).isEqualTo(6);
            assertThat(reading.workingDaysLeft()).isEqualTo(14);
            assertThat(reading.trace()).anySatisfy(step -> {
                assertThat(step.rule()).isEqualTo(THIRD_PARTY_CONSULTATION.rule());
                assertThat(step.explanation()).contains(THIRD_PARTY_CONSULTATION.label(), "8个工作日");
                assertThat(step.date()).isEqualTo(d("2023-10-20"));
            });
        }

        @Test
        void openPauseSuspendsTheAnswerDate() {
            // Counted before the pause: 09-28, 10-07, 10-08, 10-09, 10-10 = 5; nothing after 10-10 counts.
            ClockReading reading = clock.read(List.of(
                    received("2023-09-27"),
                    pause("p1", AGENCY_CONSULTATION, "2023-10-10")), d("2023-10-16"));

            assertThat(reading.phase()).isEqualTo(ClockPhase.PAUSED);
            assertThat(reading.answerDue()).isEqualTo(DueDate.suspended());
            assertThat(reading.pausedSince()).isEqualTo(d("2023-10-10"));
            assertThat(reading.workingDaysUsed()).isEqualTo(5);
            assertThat(reading.workingDaysLeft()).isEqualTo(15);
            assertThat(reading.trace()).last().satisfies(step -> {
                assertThat(step.rule()).isEqualTo(AGENCY_CONSULTATION.rule());
                assertThat(step.explanation()).contains("暂停计时");
            });
        }

        @Test
        void overlappingPausesExcludeTheirUnionOnce() {
            // p1 (10-10, 10-20] and p2 (10-16, 10-25] together exclude (10-10, 10-25]:
            // 10-11..13, 10-16..20, 10-23..25 = 11 working days (10-16..20 only once, not 16 in total).
            // Day 5 is 10-10; resume 10-26 (6), 10-27 (7), 10-30 (8), 10-31 (9), 11-01..03 (10–12),
            // 11-06..10 (13–17), 11-13..15 (18–20).
            assertThat(answerDue(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-10"),
                    pause("p2", AGENCY_CONSULTATION, "2023-10-16"),
                    resume("p1", "2023-10-20"),
                    resume("p2", "2023-10-25"))).isEqualTo(DueDate.known(d("2023-11-15")));
        }

        @Test
        void pauseNestedInsideAnotherAddsNothing() {
            // (10-12, 10-17] lies inside (10-10, 10-20]: same due date as the outer pause alone, 11-10.
            assertThat(answerDue(
                    received("2023-09-27"),
                    pause("outer", THIRD_PARTY_CONSULTATION, "2023-10-10"),
                    pause("inner", AGENCY_CONSULTATION, "2023-10-12"),
                    resume("inner", "2023-10-17"),
                    resume("outer", "2023-10-20"))).isEqualTo(DueDate.known(d("2023-11-10")));
        }

        @Test
        void whileAnOverlappingPauseIsStillOpenTheClockIsPausedSinceTheEarliestOpenOne() {
            // Closed (10-10, 10-20] and open from 10-16: nothing after 10-10 counts, so used = 5 on 10-30.
            ClockReading reading = clock.read(List.of(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-10"),
                    pause("p2", AGENCY_CONSULTATION, "2023-10-16"),
                    resume("p1", "2023-10-20")), d("2023-10-30"));

            assertThat(reading.phase()).isEqualTo(ClockPhase.PAUSED);
            assertThat(reading.pausedSince()).isEqualTo(d("2023-10-16"));
            assertThat(reading.workingDaysUsed()).isEqualTo(5);
            assertThat(reading.workingDaysLeft()).isEqualTo(15);
        }

        @Test
        void twoOpenPausesReportTheEarlierStart() {
            ClockReading reading = clock.read(List.of(
                    received("2023-09-27"),
                    pause("late", AGENCY_CONSULTATION, "2023-10-16"),
                    pause("early", THIRD_PARTY_CONSULTATION, "2023-10-12")), d("2023-10-30"));
            assertThat(reading.pausedSince()).isEqualTo(d("2023-10-12"));
        }

        @Test
        void pauseSpanningNewYear() {
            // 12-21 (1), 12-22 (2), 12-25..28 (3–6, Thu 12-28 is the start day and counts).
            // Excluded (12-28, 2024-01-05]: 12-29, 01-02..05 = 5 working days (12-30/31 weekend, 01-01 off).
            // Resume 01-08..12 (7–11); 01-15..19 (12–16); 01-22..25 (17–20).
            ClockReading reading = clock.read(List.of(
                    received("2023-12-20"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-12-28"),
                    resume("p1", "2024-01-05")), d("2024-01-08"));

            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2024-01-25")));
            assertThat(reading.workingDaysUsed()).isEqualTo(7);
            assertThat(reading.trace()).anySatisfy(step ->
                    assertThat(step.explanation()).contains("2023-12-28至2024-01-05", "5个工作日"));
        }

        @Test
        void pauseStartingAfterTheDueDateDoesNotMoveIt() {
            // Due 10-31 without pauses; a consultation begun 11-01 comes too late to stop anything.
            ClockReading reading = clock.read(List.of(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-11-01"),
                    resume("p1", "2023-11-10")), d("2023-11-06"));

            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2023-10-31")));
            // Overdue by (10-31, 11-06] = 11-01..03, 11-06 = 4 working days.
            assertThat(reading.workingDaysLeft()).isEqualTo(-4);
            assertThat(reading.workingDaysUsed()).isEqualTo(24);
            assertThat(reading.trace()).anySatisfy(step ->
                    assertThat(step.explanation()).contains(THIRD_PARTY_CONSULTATION.label(), "不延长答复期限"));
        }

        @Test
        void openPauseStartedAfterTheDueDateLeavesTheClockRunningAndOverdue() {
            ClockReading reading = clock.read(List.of(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-11-01")), d("2023-11-03"));

            assertThat(reading.phase()).isEqualTo(ClockPhase.RUNNING);
            assertThat(reading.pausedSince()).isNull();
            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2023-10-31")));
            assertThat(reading.workingDaysLeft()).isEqualTo(-3); // 11-01..03
        }

        @Test
        void pauseStartingOnTheDueDateDoesNotMoveIt() {
            // Day S still counts: on 10-31 the 20th day is already used, nothing is left to exclude.
            assertThat(answerDue(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-31"),
                    resume("p1", "2023-11-10"))).isEqualTo(DueDate.known(d("2023-10-31")));
        }

        @Test
        void pauseStartingTheDayBeforeTheDueDateMovesIt() {
            // 10-30 is day 19; excluded (10-30, 11-03] = 10-31, 11-01..03; day 20 is Mon 11-06.
            assertThat(answerDue(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-30"),
                    resume("p1", "2023-11-03"))).isEqualTo(DueDate.known(d("2023-11-06")));
        }

        @Test
        void pauseEndedTheSameDayItStartedExcludesNothing() {
            assertThat(answerDue(
                    received("2023-09-27"),
                    pause("p1", AGENCY_CONSULTATION, "2023-10-10"),
                    resume("p1", "2023-10-10"))).isEqualTo(DueDate.known(d("2023-10-31")));
        }

        @Test
        void pauseIdMayBeReusedAfterItEnded() {
            // (10-10, 10-11] excludes 10-11; (10-16, 10-17] excludes 10-17: two days → 10-31 + 2 = 11-02.
            assertThat(answerDue(
                    received("2023-09-27"),
                    pause("c", AGENCY_CONSULTATION, "2023-10-10"),
                    resume("c", "2023-10-11"),
                    pause("c", AGENCY_CONSULTATION, "2023-10-16"),
                    resume("c", "2023-10-17"))).isEqualTo(DueDate.known(d("2023-11-02")));
        }
    }

    @Nested
    class FeePauseSetting {

        private final List<ClockFact> feePause = List.of(
                received("2023-09-27"),
                pause("fee", FEE_PAYMENT, "2023-10-10"),
                resume("fee", "2023-10-20"));

        @Test
        void byDefaultTheFeePeriodPausesTheClock() {
            // Same span as the consultation example: 8 working days excluded, due 11-10 instead of 10-31.
            assertThat(clock.read(feePause, d("2023-10-23")).answerDue()).isEqualTo(DueDate.known(d("2023-11-10")));
        }

        @Test
        void whenSwitchedOffTheFeePeriodIsIgnoredAndTheTraceSaysSo() {
            StatutoryClock noFeePause = new StatutoryClock(WorkingDayCalendar.bundled(), new ClockSettings(false));
            ClockReading reading = noFeePause.read(feePause, d("2023-10-23"));

            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2023-10-31")));
            assertThat(reading.trace()).filteredOn(step -> step.rule().equals(FEE_PAYMENT.rule()))
                    .singleElement()
                    .satisfies(step -> assertThat(step.explanation()).contains("按本机关设置", "不暂停"));
        }

        @Test
        void whenSwitchedOffAnOpenFeePeriodDoesNotPause() {
            StatutoryClock noFeePause = new StatutoryClock(WorkingDayCalendar.bundled(), new ClockSettings(false));
            ClockReading reading = noFeePause.read(
                    List.of(received("2023-09-27"), pause("fee", FEE_PAYMENT, "2023-10-10")), d("2023-10-16"));

            assertThat(reading.phase()).isEqualTo(ClockPhase.RUNNING);
            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2023-10-31")));
        }

        @Test
        void whenSwitchedOffConsultationsStillPause() {
            StatutoryClock noFeePause = new StatutoryClock(WorkingDayCalendar.bundled(), new ClockSettings(false));
            assertThat(noFeePause.read(List.of(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-10"),
                    resume("p1", "2023-10-20")), d("2023-10-23")).answerDue())
                    .isEqualTo(DueDate.known(d("2023-11-10")));
        }
    }

    @Nested
    class Combinations {

        @Test
        void pauseAndExtension() {
            // With the pause alone day 20 is 11-10 (see Pauses); 20 more: 11-13..17 (21–25); 11-20..24 (26–30);
            // 11-27..12-01 (31–35); 12-04..08 (36–40).
            assertThat(answerDue(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-10"),
                    resume("p1", "2023-10-20"),
                    new Extended(20))).isEqualTo(DueDate.known(d("2023-12-08")));
        }

        @Test
        void supplementRestartThenPauseThenExtension() {
            // Restart from Mon 02-19: 02-20..23 (1–4); 02-26..03-01 (5–9); Mon 03-04 (10, pause start counts).
            // Excluded (03-04, 03-08] = 03-05..08, 4 days. Resume 03-11..15 (11–15); 03-18..22 (16–20).
            // Extension of 10: 03-25..29 (21–25); 04-01..03 (26–28); 04-04..06 off; Sun 04-07 worked (29);
            // Mon 04-08 (30).
            ClockReading reading = clock.read(List.of(
                    received("2024-02-01"),
                    new SupplementRequested(d("2024-02-05"), d("2024-02-20")),
                    new SupplementReceived(d("2024-02-19")),
                    pause("p1", AGENCY_CONSULTATION, "2024-03-04"),
                    resume("p1", "2024-03-08"),
                    new Extended(10)), d("2024-03-11"));

            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2024-04-08")));
            assertThat(reading.periodWorkingDays()).isEqualTo(30);
            // Used through Mon 03-11: days 1–10, then 03-11 = 11.
            assertThat(reading.workingDaysUsed()).isEqualTo(11);
            assertThat(reading.workingDaysLeft()).isEqualTo(19);
            assertThat(reading.trace()).anySatisfy(step -> {
                assertThat(step.rule()).isEqualTo("条例第三十三条第二款");
                assertThat(step.explanation()).isEqualTo("自收到补正材料之日（2024-02-19）起30个工作日（含延长的10个工作日），"
                        + "另有4个工作日因暂停不计入，答复期限为2024-04-08");
            });
        }

        @Test
        void pauseOpenedBeforeTheRestartCountsOnlyAfterTheNewAnchor() {
            // Pause (02-02, 02-22]; restart anchor Mon 02-19. Only 02-20..22 (3 days) fall after the anchor.
            // Without the pause day 20 would be 03-18; three more working days: 03-19, 03-20, 03-21.
            ClockReading reading = clock.read(List.of(
                    received("2024-02-01"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2024-02-02"),
                    new SupplementRequested(d("2024-02-05"), d("2024-02-20")),
                    new SupplementReceived(d("2024-02-19")),
                    resume("p1", "2024-02-22")), d("2024-02-22"));

            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2024-03-21")));
            assertThat(reading.workingDaysUsed()).isZero();
            assertThat(reading.trace()).anySatisfy(step ->
                    assertThat(step.explanation()).contains("3个工作日", "2024-02-19之后"));
        }

        @Test
        void pauseEndedBeforeTheRestartHasNoEffect() {
            ClockReading reading = clock.read(List.of(
                    received("2024-02-01"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2024-02-02"),
                    resume("p1", "2024-02-08"),
                    new SupplementRequested(d("2024-02-05"), d("2024-02-20")),
                    new SupplementReceived(d("2024-02-19"))), d("2024-02-19"));

            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2024-03-18")));
            assertThat(reading.trace()).anySatisfy(step ->
                    assertThat(step.explanation()).contains("起算之日（2024-02-19）之前", "不影响答复期限"));
        }

        @Test
        void openPauseWhileAwaitingSupplementReportsAwaitingSupplement() {
            ClockReading reading = clock.read(List.of(
                    received("2024-02-01"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2024-02-02"),
                    new SupplementRequested(d("2024-02-05"), d("2024-02-20"))), d("2024-02-08"));
            assertThat(reading.phase()).isEqualTo(ClockPhase.AWAITING_SUPPLEMENT);
            assertThat(reading.pausedSince()).isNull();
        }
    }

    @Nested
    class DelayedAnswerDate {

        @Test
        void fixesTheAnswerDateAndPausesAfterwardsDoNotMoveIt() {
            ClockReading reading = clock.read(List.of(
                    received("2023-09-27"),
                    new DelayedAnswerDateSet(d("2023-12-15")),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-11-01")), d("2023-12-11"));

            assertThat(reading.phase()).isEqualTo(ClockPhase.RUNNING);
            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2023-12-15")));
            // (12-11, 12-15] = 12-12..15.
            assertThat(reading.workingDaysLeft()).isEqualTo(4);
            // Used ignores the later pause: 20 through 10-31; November 11-01..03, 11-06..10, 11-13..17, 11-20..24,
            // 11-27..30 = 22 (42); 12-01 (43); 12-04..08 (48); 12-11 (49).
            assertThat(reading.workingDaysUsed()).isEqualTo(49);
            assertThat(reading.trace()).anySatisfy(step -> {
                assertThat(step.rule()).isEqualTo("条例第三十五条");
                assertThat(step.date()).isEqualTo(d("2023-12-15"));
            });
            assertThat(reading.trace()).anySatisfy(step ->
                    assertThat(step.explanation()).contains("已确定延迟答复期限", "不影响"));
        }

        @Test
        void endsAnOpenPause() {
            ClockReading reading = clock.read(List.of(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-10"),
                    new DelayedAnswerDateSet(d("2023-12-15"))), d("2023-10-16"));
            assertThat(reading.phase()).isEqualTo(ClockPhase.RUNNING);
            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2023-12-15")));
        }

        @Test
        void overdueAfterTheDelayedDate() {
            // (12-15, 12-19] = 12-18, 12-19.
            ClockReading reading = clock.read(List.of(
                    received("2023-09-27"), new DelayedAnswerDateSet(d("2023-12-15"))), d("2023-12-19"));
            assertThat(reading.workingDaysLeft()).isEqualTo(-2);
        }
    }

    @Nested
    class MissingCalendarYear {

        @Test
        void dueDateInAnUnknownYearIsFlaggedNotGuessed() {
            // 2026-12-21..25 (1–5), 12-28..31 (6–9): day 10 would fall in 2027, which has no calendar data.
            ClockReading reading = clock.read(List.of(received("2026-12-20")), d("2026-12-31"));

            assertThat(reading.answerDue()).isEqualTo(DueDate.calendarMissing(2027));
            assertThat(reading.phase()).isEqualTo(ClockPhase.RUNNING);
            assertThat(reading.workingDaysLeft()).isNull();
            assertThat(reading.workingDaysUsed()).isEqualTo(9);
            // 12-21..25 (1–5), 12-28 (6), 12-29 (7).
            assertThat(reading.supplementNoticeDue()).isEqualTo(DueDate.known(d("2026-12-29")));
            assertThat(reading.trace()).last().satisfies(step ->
                    assertThat(step.explanation()).contains("2027年", "尚未载入"));
        }

        @Test
        void usedIsUnknownWhenTodayIsInTheUnknownYear() {
            ClockReading reading = clock.read(List.of(received("2026-12-20")), d("2027-01-05"));
            assertThat(reading.workingDaysUsed()).isNull();
            assertThat(reading.workingDaysLeft()).isNull();
        }

        @Test
        void supplementNoticeDueCanBeMissingToo() {
            // 12-29, 12-30, 12-31 are days 1–3; day 7 falls in 2027.
            ClockReading reading = clock.read(List.of(received("2026-12-28")), d("2026-12-28"));
            assertThat(reading.supplementNoticeDue()).isEqualTo(DueDate.calendarMissing(2027));
        }

        @Test
        void dueDateBecomesKnownOnceTheYearIsAdded(@TempDir Path dir) throws IOException {
            // Fake 2027: only 01-01 (Fri) off, Sat 01-09 worked. 9 days counted in 2026, then
            // 01-04..08 (10–14), Sat 01-09 (15), 01-11..14 (16–19), 01-15 (20).
            Path file = Files.writeString(dir.resolve("cn-workdays-2027.json"),
                    "{\"2027\": {\"holidays\": [\"2027-01-01\"], \"workdays\": [\"2027-01-09\"]}}");
            StatutoryClock extended = new StatutoryClock(
                    WorkingDayCalendar.bundledWith(List.of(file)), ClockSettings.DEFAULTS);

            ClockReading reading = extended.read(List.of(received("2026-12-20")), d("2027-01-11"));

            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2027-01-15")));
            // Used through Mon 01-11: 9 + 5 + 1 + 1 = 16.
            assertThat(reading.workingDaysUsed()).isEqualTo(16);
            assertThat(reading.workingDaysLeft()).isEqualTo(4);
        }

        @Test
        void pauseEndingInAnUnknownYearStillFlagsTheMissingYear() {
            ClockReading reading = clock.read(List.of(
                    received("2026-12-01"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2026-12-14"),
                    resume("p1", "2027-01-08")), d("2026-12-14"));
            assertThat(reading.answerDue()).isEqualTo(DueDate.calendarMissing(2027));
        }
    }

    @Nested
    class UsedAndLeft {

        private ClockReading readOn(String today) {
            return clock.read(List.of(received("2023-09-27")), d(today));
        }

        @Test
        void partWayThroughThePeriod() {
            // (09-27, 10-09] = 09-28, 10-07, 10-08, 10-09.
            assertThat(readOn("2023-10-09").workingDaysUsed()).isEqualTo(4);
            assertThat(readOn("2023-10-09").workingDaysLeft()).isEqualTo(16);
        }

        @Test
        void onAHolidayTheLastWorkingDayIsTheCount() {
            // 10-01 is in the National Day break: only 09-28 has been used.
            assertThat(readOn("2023-10-01").workingDaysUsed()).isEqualTo(1);
            assertThat(readOn("2023-10-01").workingDaysLeft()).isEqualTo(19);
        }

        @Test
        void onTheReceiptDateNothingIsUsed() {
            assertThat(readOn("2023-09-27").workingDaysUsed()).isZero();
            assertThat(readOn("2023-09-27").workingDaysLeft()).isEqualTo(20);
        }

        @Test
        void beforeTheReceiptDateNothingIsUsed() {
            assertThat(readOn("2023-09-20").workingDaysUsed()).isZero();
            assertThat(readOn("2023-09-20").workingDaysLeft()).isEqualTo(20);
        }

        @Test
        void onTheDueDateNoneIsLeft() {
            assertThat(readOn("2023-10-31").workingDaysUsed()).isEqualTo(20);
            assertThat(readOn("2023-10-31").workingDaysLeft()).isZero();
        }

        @Test
        void overdueGivesNegativeLeft() {
            // (10-31, 11-03] = 11-01..03.
            assertThat(readOn("2023-11-03").workingDaysLeft()).isEqualTo(-3);
            assertThat(readOn("2023-11-03").workingDaysUsed()).isEqualTo(23);
            // The weekend adds nothing: still 3 behind on Sunday 11-05.
            assertThat(readOn("2023-11-05").workingDaysLeft()).isEqualTo(-3);
        }

        @Test
        void unknownWhenTodayIsInAYearWithoutCalendar() {
            // Received Mon 2026-11-02 (no days off in Nov 2026): 11-03..06 (1–4), 11-09..13 (5–9),
            // 11-16..20 (10–14), 11-23..27 (15–19), 11-30 (20).
            ClockReading reading = clock.read(List.of(received("2026-11-02")), d("2027-01-04"));
            assertThat(reading.answerDue()).isEqualTo(DueDate.known(d("2026-11-30")));
            assertThat(reading.workingDaysUsed()).isNull();
            assertThat(reading.workingDaysLeft()).isNull();
        }
    }

    @Nested
    class TimelinessOfAnAnswer {

        private final List<ClockFact> plain = List.of(received("2023-09-27"));

        @Test
        void onTheDueDateIsOnTime() {
            assertThat(clock.timelinessOf(plain, d("2023-10-31"))).isEqualTo(ON_TIME);
        }

        @Test
        void dayAfterTheDueDateIsLate() {
            assertThat(clock.timelinessOf(plain, d("2023-11-01"))).isEqualTo(LATE);
        }

        @Test
        void extensionMakesALaterAnswerOnTime() {
            List<ClockFact> extended = List.of(received("2023-09-27"), new Extended(20));
            assertThat(clock.timelinessOf(extended, d("2023-11-28"))).isEqualTo(ON_TIME);
            assertThat(clock.timelinessOf(extended, d("2023-11-29"))).isEqualTo(LATE);
        }

        @Test
        void answerWhileAwaitingSupplementIsOnTime() {
            assertThat(clock.timelinessOf(List.of(
                    received("2024-02-01"),
                    new SupplementRequested(d("2024-02-05"), d("2024-02-20"))), d("2024-06-01")))
                    .isEqualTo(ON_TIME);
        }

        @Test
        void answerDuringAnOpenPauseIsOnTime() {
            assertThat(clock.timelinessOf(List.of(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-10")), d("2023-12-01")))
                    .isEqualTo(ON_TIME);
        }

        @Test
        void pauseMakesAnAnswerAfterTheUnpausedDateOnTime() {
            List<ClockFact> paused = List.of(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-10"),
                    resume("p1", "2023-10-20"));
            assertThat(clock.timelinessOf(paused, d("2023-11-10"))).isEqualTo(ON_TIME);
            assertThat(clock.timelinessOf(paused, d("2023-11-13"))).isEqualTo(LATE);
        }

        @Test
        void delayedAnswerDateDecides() {
            List<ClockFact> delayed = List.of(received("2023-09-27"), new DelayedAnswerDateSet(d("2023-12-15")));
            assertThat(clock.timelinessOf(delayed, d("2023-12-15"))).isEqualTo(ON_TIME);
            assertThat(clock.timelinessOf(delayed, d("2023-12-18"))).isEqualTo(LATE);
        }

        @Test
        void dueInAnUnknownYearIsOnTimeBeforeThatYearAndUndeterminedFromItsFirstDay() {
            List<ClockFact> facts = List.of(received("2026-12-20"));
            assertThat(clock.timelinessOf(facts, d("2026-12-31"))).isEqualTo(ON_TIME);
            assertThat(clock.timelinessOf(facts, d("2027-01-01"))).isEqualTo(UNDETERMINED);
            assertThat(clock.timelinessOf(facts, d("2027-03-01"))).isEqualTo(UNDETERMINED);
        }

        @Test
        void knownDueDateJudgesAnAnswerInAnUnknownYear() {
            // Due 2026-11-30 (see UsedAndLeft): an answer in January 2027 is late whatever 2027's holidays are.
            assertThat(clock.timelinessOf(List.of(received("2026-11-02")), d("2027-01-04")))
                    .isEqualTo(LATE);
        }
    }

    @Nested
    class OtherDueDates {

        @Test
        void feePaymentIsDueTwentyWorkingDaysAfterTheNotice() {
            // Same count as the first worked example.
            assertThat(clock.feePaymentDue(d("2023-09-27"))).isEqualTo(DueDate.known(d("2023-10-31")));
        }

        @Test
        void consultationReplyIsDueFifteenWorkingDaysAfterTheLetter() {
            // 09-28 (1), 10-07 (2), 10-08 (3), 10-09..13 (4–8), 10-16..20 (9–13), 10-23 (14), 10-24 (15).
            assertThat(clock.consultationReplyDue(d("2023-09-27"))).isEqualTo(DueDate.known(d("2023-10-24")));
        }

        @Test
        void dueDatesInAnUnknownYearAreFlagged() {
            assertThat(clock.feePaymentDue(d("2026-12-20"))).isEqualTo(DueDate.calendarMissing(2027));
            assertThat(clock.consultationReplyDue(d("2026-12-20"))).isEqualTo(DueDate.calendarMissing(2027));
        }
    }

    @Nested
    class Trace {

        @Test
        void explainsReceiptPeriodAndSupplementNoticeInChinese() {
            List<ClockStep> trace = clock.read(List.of(received("2023-09-27")), d("2023-09-27")).trace();

            assertThat(trace).extracting(ClockStep::rule)
                    .containsExactly("条例第三十一条", "条例第三十条", "条例第三十三条第二款");
            assertThat(trace.get(0).date()).isEqualTo(d("2023-09-27"));
            assertThat(trace.get(0).explanation()).contains("收到申请之日为2023-09-27");
            // 09-28 (1), 10-07 (2), 10-08 (3), 10-09..12 (4–7).
            assertThat(trace.get(1).explanation()).contains("7个工作日", "2023-10-12");
            assertThat(trace.get(2)).isEqualTo(new ClockStep("条例第三十三条第二款",
                    "自收到申请之日（2023-09-27）起20个工作日，答复期限为2023-10-31", d("2023-10-31")));
        }

        @Test
        void oneStepPerFactInOrderThenNoticeAndResult() {
            List<ClockStep> trace = clock.read(List.of(
                    received("2023-09-26"),
                    new ReceiptDateCorrected(d("2023-09-27")),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-10"),
                    resume("p1", "2023-10-20"),
                    new Extended(20)), d("2023-10-23")).trace();

            assertThat(trace).extracting(ClockStep::rule).containsExactly(
                    "条例第三十一条", "条例第三十一条",
                    THIRD_PARTY_CONSULTATION.rule(), THIRD_PARTY_CONSULTATION.rule(),
                    "条例第三十三条第二款", "条例第三十条", "条例第三十三条第二款");
            assertThat(trace.get(1).explanation()).contains("更正为2023-09-27");
            assertThat(trace.get(4).explanation()).contains("延长答复期限20个工作日");
            assertThat(trace.get(6).explanation()).contains("40个工作日", "含延长的20个工作日", "2023-12-08");
        }
    }

    @Nested
    class InconsistentFacts {

        @Test
        void noReceiptIsRejected() {
            assertThatThrownBy(() -> clock.read(List.of(new Extended(20)), d("2023-10-01")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Received");
        }

        @Test
        void secondReceiptIsRejected() {
            List<ClockFact> twoReceipts = List.of(received("2023-09-27"), received("2023-09-28"));
            assertThatThrownBy(() -> clock.read(twoReceipts, d("2023-10-01")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void endingAPauseThatIsNotOpenIsRejected() {
            List<ClockFact> endOnly = List.of(received("2023-09-27"), resume("p1", "2023-10-20"));
            assertThatThrownBy(() -> clock.read(endOnly, d("2023-10-20")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("p1");
        }

        @Test
        void pauseEndingBeforeItStartedIsRejected() {
            assertThatThrownBy(() -> clock.read(List.of(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-20"),
                    resume("p1", "2023-10-10")), d("2023-10-20")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("p1");
        }

        @Test
        void startingAnOpenPauseAgainIsRejected() {
            assertThatThrownBy(() -> clock.read(List.of(
                    received("2023-09-27"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-10"),
                    pause("p1", THIRD_PARTY_CONSULTATION, "2023-10-12")), d("2023-10-20")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
