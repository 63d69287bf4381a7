package disclosure.statute.clock;

import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * 答复期限 (条例 Art 30–35): derives an application's due dates from its {@link ClockFact}s and the working-day
 * calendar. Pure: no Spring, no database, no system time.
 *
 * <p>Counting (STATUTE.md §1): the day of receipt is not counted; day 1 is the next working day. The period is
 * 20 working days plus any extension. After a 补正 the period restarts from the day the supplement is received.
 * A pause started on day S and ended on day E excludes the working days in (S, E]: the day a consultation letter
 * goes out still counts, counting resumes the working day after the reply.
 *
 * <p>Readings of the facts where STATUTE.md is silent:
 * <ul>
 *   <li>Whichever of 补正告知, 收到补正 and 确定延迟答复期限 came last decides the answer date: awaiting the
 *       supplement, counting from the supplement, or the Art 35 date.</li>
 *   <li>A pause that starts on or after the due date does not move it: day S itself counts, so by then the
 *       period is used up.</li>
 *   <li>An extension belongs to the application, so it also lengthens a period restarted by a supplement.</li>
 *   <li>Once the due date has passed every working day counts as used, so used + left = period, with left
 *       negative when overdue.</li>
 * </ul>
 */
public final class StatutoryClock {

    public static final int ANSWER_PERIOD_WORKING_DAYS = 20;
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;
    public static final int SUPPLEMENT_NOTICE_WORKING_DAYS = 7;
    public static final int CONSULTATION_REPLY_WORKING_DAYS = 15;
    public static final int FEE_PAYMENT_WORKING_DAYS = 20;

    private final WorkingDayCalendar calendar;
    private final ClockSettings settings;

    public StatutoryClock(WorkingDayCalendar calendar, ClockSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public ClockSettings settings() {
        return settings;
    }

    /**
     * The clock of an application with these facts, read on {@code today}.
     *
     * @throws IllegalArgumentException if the facts are inconsistent: no {@code Received}, two of them, or a
     *                                  pause ended that is not open
     */
    public ClockReading read(List<ClockFact> facts, LocalDate today) {
        ClockHistory history = ClockHistory.of(facts, settings.feePausesClock());
        int period = ANSWER_PERIOD_WORKING_DAYS + history.extensionDays();
        Exclusions exclusions = Exclusions.of(history.pauses());
        PeriodCount count = countPeriod(history.anchor(), period, exclusions);
        DueDate supplementNoticeDue = workingDaysAfter(history.receiptDate(), SUPPLEMENT_NOTICE_WORKING_DAYS);
        List<ClockStep> trace = new LazyTrace(
                () -> new TraceWriter(calendar, history, exclusions, period, count, supplementNoticeDue).steps());

        switch (history.mode()) {
            case AWAITING_SUPPLEMENT:
                return new ClockReading(history.receiptDate(), supplementNoticeDue, ClockPhase.AWAITING_SUPPLEMENT,
                        history.supplementRequest().supplementDueDate(), DueDate.suspended(), period, null, null, null,
                        trace);
            case DELAYED:
                LocalDate answerBy = history.delayedAnswerBy();
                return new ClockReading(history.receiptDate(), supplementNoticeDue, ClockPhase.RUNNING, null,
                        DueDate.known(answerBy), period, null, countedThrough(history.anchor(), today, exclusions),
                        signedWorkingDays(today, answerBy), trace);
            default:
                return countingReading(history, today, period, exclusions, count, supplementNoticeDue, trace);
        }
    }

    private ClockReading countingReading(ClockHistory history, LocalDate today, int period, Exclusions exclusions,
                                         PeriodCount count, DueDate supplementNoticeDue, List<ClockStep> trace) {
        LocalDate anchor = history.anchor();
        if (count instanceof PeriodCount.Reached reached) {
            Integer used = usedWhenDueKnown(anchor, today, reached.dueDate(), period, exclusions);
            return new ClockReading(history.receiptDate(), supplementNoticeDue, ClockPhase.RUNNING, null,
                    DueDate.known(reached.dueDate()), period, null, used, used == null ? null : period - used, trace);
        }
        Integer used = countedThrough(anchor, today, exclusions);
        if (count instanceof PeriodCount.CalendarMissing missing) {
            return new ClockReading(history.receiptDate(), supplementNoticeDue, ClockPhase.RUNNING, null,
                    DueDate.calendarMissing(missing.year()), period, null, used, null, trace);
        }
        return new ClockReading(history.receiptDate(), supplementNoticeDue, ClockPhase.PAUSED, null,
                DueDate.suspended(), period, history.earliestOpenPause().orElseThrow().start(), used,
                used == null ? null : period - used, trace);
    }

    /**
     * Whether an answer given on {@code answeredOn} was within the period these facts define: the clock is read
     * as of that day. An answer while awaiting a supplement or during a pause is on time. When the due date falls
     * in a year without calendar data it is on or after 1 January of that year, so an earlier answer is on time
     * and a later one cannot be judged yet.
     */
    public Timeliness timelinessOf(List<ClockFact> facts, LocalDate answeredOn) {
        ClockReading reading = read(facts, answeredOn);
        DueDate due = reading.answerDue();
        switch (due.status()) {
            case KNOWN:
                return answeredOn.isAfter(due.date()) ? Timeliness.LATE : Timeliness.ON_TIME;
            case CALENDAR_MISSING:
                return answeredOn.isBefore(LocalDate.of(due.missingCalendarYear(), 1, 1))
                        ? Timeliness.ON_TIME
                        : Timeliness.UNDETERMINED;
            default:
                return Timeliness.ON_TIME;
        }
    }

    /**
     * The last day to pay a fee notified on {@code noticeReceivedOn}: 20 working days from the day after
     * (国办函〔2020〕109号).
     */
    public DueDate feePaymentDue(LocalDate noticeReceivedOn) {
        return workingDaysAfter(noticeReceivedOn, FEE_PAYMENT_WORKING_DAYS);
    }

    /** The last day a consulted party may reply to a letter sent on {@code sentOn}: 15 working days (Art 32, 34). */
    public DueDate consultationReplyDue(LocalDate sentOn) {
        return workingDaysAfter(sentOn, CONSULTATION_REPLY_WORKING_DAYS);
    }

    private DueDate workingDaysAfter(LocalDate start, int workingDays) {
        try {
            return DueDate.known(calendar.addWorkingDays(start, workingDays));
        } catch (CalendarYearUnknownException e) {
            return DueDate.calendarMissing(e.year());
        }
    }

    /** Walks the days after the anchor, skipping excluded spans, until {@code period} working days are counted. */
    private PeriodCount countPeriod(LocalDate anchor, int period, Exclusions exclusions) {
        LocalDate day = anchor;
        int counted = 0;
        try {
            while (counted < period) {
                day = day.plusDays(1);
                Exclusions.Span span = exclusions.covering(day);
                if (span != null) {
                    if (span.isOpen()) {
                        return new PeriodCount.Blocked();
                    }
                    day = span.end();
                } else if (calendar.isWorkingDay(day)) {
                    counted++;
                }
            }
            return new PeriodCount.Reached(day);
        } catch (CalendarYearUnknownException e) {
            return new PeriodCount.CalendarMissing(e.year());
        }
    }

    /** Counted days in (anchor, today]; null if that interval reaches a year without calendar data. */
    private Integer countedThrough(LocalDate anchor, LocalDate today, Exclusions exclusions) {
        try {
            return calendar.workingDaysBetween(anchor, today) - exclusions.excludedWorkingDays(calendar, anchor, today);
        } catch (CalendarYearUnknownException e) {
            return null;
        }
    }

    /**
     * Past the due date every working day counts as used, pauses or not (a pause begun after the due date does
     * not move it), so that used + left = period holds with left negative when overdue.
     */
    private Integer usedWhenDueKnown(LocalDate anchor, LocalDate today, LocalDate due, int period,
                                     Exclusions exclusions) {
        if (!today.isAfter(due)) {
            return countedThrough(anchor, today, exclusions);
        }
        Integer overdue = signedWorkingDays(due, today);
        return overdue == null ? null : period + overdue;
    }

    /** Working days in (from, to], negated when {@code to} is before {@code from}; null if a year is unknown. */
    private Integer signedWorkingDays(LocalDate from, LocalDate to) {
        try {
            return to.isBefore(from) ? -calendar.workingDaysBetween(to, from) : calendar.workingDaysBetween(from, to);
        } catch (CalendarYearUnknownException e) {
            return null;
        }
    }
}
