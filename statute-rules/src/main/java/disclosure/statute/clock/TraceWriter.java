package disclosure.statute.clock;

import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the staff-facing derivation of a {@link ClockReading}: one step per fact that bears on the clock, the
 * 补正 notice deadline, then the result.
 */
final class TraceWriter {

    static final String RULE_RECEIPT = "条例第三十一条";
    static final String RULE_SUPPLEMENT = "条例第三十条";
    /** Art 33¶2 sets both the 20 working days and the extension (¶1 is the on-the-spot answer). */
    static final String RULE_ANSWER_PERIOD = "条例第三十三条第二款";
    static final String RULE_DELAYED_ANSWER = "条例第三十五条";

    private enum PauseEffect { EXCLUDED, AFTER_DUE_DATE, AFTER_DELAYED_ANSWER_DATE }

    private final WorkingDayCalendar calendar;
    private final ClockHistory history;
    private final Exclusions exclusions;
    private final int period;
    private final PeriodCount count;
    private final DueDate supplementNoticeDue;

    TraceWriter(WorkingDayCalendar calendar, ClockHistory history, Exclusions exclusions, int period,
                PeriodCount count, DueDate supplementNoticeDue) {
        this.calendar = calendar;
        this.history = history;
        this.exclusions = exclusions;
        this.period = period;
        this.count = count;
        this.supplementNoticeDue = supplementNoticeDue;
    }

    List<ClockStep> steps() {
        List<ClockStep> steps = new ArrayList<>();
        List<ClockFact> facts = history.facts();
        for (int index = 0; index < facts.size(); index++) {
            ClockStep step = factStep(index, facts.get(index));
            if (step != null) {
                steps.add(step);
            }
        }
        steps.add(supplementNoticeStep());
        steps.add(resultStep());
        return List.copyOf(steps);
    }

    private ClockStep factStep(int index, ClockFact fact) {
        if (fact instanceof ClockFact.Received received) {
            LocalDate date = received.receiptDate();
            return new ClockStep(RULE_RECEIPT, "收到申请之日为" + date + "，当日不计入，自下一个工作日起计算", date);
        }
        if (fact instanceof ClockFact.ReceiptDateCorrected corrected) {
            LocalDate date = corrected.receiptDate();
            return new ClockStep(RULE_RECEIPT, "收到申请之日更正为" + date, date);
        }
        if (fact instanceof ClockFact.SupplementRequested requested) {
            return new ClockStep(RULE_SUPPLEMENT, requested.noticeDate() + "发出补正告知，补正期限至"
                    + requested.supplementDueDate() + "；答复期限停止计算，收到补正材料后重新起算",
                    requested.noticeDate());
        }
        if (fact instanceof ClockFact.SupplementReceived received) {
            LocalDate date = received.receivedOn();
            return new ClockStep(RULE_SUPPLEMENT, date + "收到补正材料，答复期限自该日起重新计算", date);
        }
        if (fact instanceof ClockFact.Extended extended) {
            return new ClockStep(RULE_ANSWER_PERIOD,
                    "经政府信息公开工作机构负责人同意，延长答复期限" + extended.workingDays() + "个工作日", null);
        }
        if (fact instanceof ClockFact.PauseStarted started) {
            return pauseStartedStep(index, started);
        }
        if (fact instanceof ClockFact.PauseEnded ended) {
            // An ignored fee pause was explained once, at its start.
            return history.isIgnored(index) ? null : pauseEndedStep(history.pauseAt(index), ended.endedOn());
        }
        if (fact instanceof ClockFact.DelayedAnswerDateSet delayed) {
            return new ClockStep(RULE_DELAYED_ANSWER, "确定延迟答复期限，答复期限为" + delayed.answerBy()
                    + "，不再按工作日计算，此后的暂停不影响该日期", delayed.answerBy());
        }
        throw new IllegalStateException("unhandled fact " + fact);
    }

    private ClockStep pauseStartedStep(int index, ClockFact.PauseStarted started) {
        PauseReason reason = started.reason();
        String opening = started.startedOn() + "起" + reason.label();
        if (history.isIgnored(index)) {
            return new ClockStep(reason.rule(), opening + "；按本机关设置，该期间不暂停答复期限的计算",
                    started.startedOn());
        }
        String effect = switch (effectOf(history.pauseAt(index))) {
            case AFTER_DELAYED_ANSWER_DATE -> "；已确定延迟答复期限，该期间不影响答复期限";
            case AFTER_DUE_DATE -> "；答复期限" + reachedDueDate() + "已届至，该期间不延长答复期限";
            case EXCLUDED -> "，当日仍计入，次日起不计入答复期限";
        };
        return new ClockStep(reason.rule(), opening + effect, started.startedOn());
    }

    private ClockStep pauseEndedStep(ClockHistory.Pause pause, LocalDate endedOn) {
        String rule = pause.reason().rule();
        String opening = pause.reason().label() + "期间（" + pause.start() + "至" + endedOn + "）结束";
        LocalDate anchor = history.anchor();
        if (effectOf(pause) != PauseEffect.EXCLUDED) {
            return new ClockStep(rule, opening + "，不影响答复期限", endedOn);
        }
        if (!endedOn.isAfter(anchor)) {
            return new ClockStep(rule, opening + "；该期间在答复期限起算之日（" + anchor + "）之前，不影响答复期限",
                    endedOn);
        }
        boolean startedBeforeAnchor = pause.start().isBefore(anchor);
        String excluded;
        try {
            int workingDays = calendar.workingDaysBetween(startedBeforeAnchor ? anchor : pause.start(), endedOn);
            excluded = "，其中" + workingDays + "个工作日不计入答复期限"
                    + (startedBeforeAnchor ? "（只计答复期限起算之日" + anchor + "之后的部分）" : "");
        } catch (CalendarYearUnknownException e) {
            excluded = "；" + e.year() + "年工作日历尚未载入，不计入的工作日数暂无法计算";
        }
        return new ClockStep(rule, opening + excluded + "，自次日起恢复计算", endedOn);
    }

    private PauseEffect effectOf(ClockHistory.Pause pause) {
        if (history.isAfterDelayedAnswerDate(pause.startIndex())) {
            return PauseEffect.AFTER_DELAYED_ANSWER_DATE;
        }
        // Day S of a pause still counts, so a pause starting on the due date leaves nothing to stop.
        if (history.mode() == ClockHistory.Mode.COUNTING && count instanceof PeriodCount.Reached reached
                && !pause.start().isBefore(reached.dueDate())) {
            return PauseEffect.AFTER_DUE_DATE;
        }
        return PauseEffect.EXCLUDED;
    }

    private LocalDate reachedDueDate() {
        return ((PeriodCount.Reached) count).dueDate();
    }

    private ClockStep supplementNoticeStep() {
        String basis = "补正告知应自收到申请之日（" + history.receiptDate() + "）起"
                + StatutoryClock.SUPPLEMENT_NOTICE_WORKING_DAYS + "个工作日内发出，";
        if (supplementNoticeDue.isKnown()) {
            return new ClockStep(RULE_SUPPLEMENT, basis + "即不迟于" + supplementNoticeDue.date(),
                    supplementNoticeDue.date());
        }
        return new ClockStep(RULE_SUPPLEMENT,
                basis + supplementNoticeDue.missingCalendarYear() + "年工作日历尚未载入，期限暂无法确定", null);
    }

    private ClockStep resultStep() {
        switch (history.mode()) {
            case AWAITING_SUPPLEMENT:
                LocalDate supplementDue = history.supplementRequest().supplementDueDate();
                return new ClockStep(RULE_SUPPLEMENT,
                        "等待申请人补正（补正期限至" + supplementDue + "），答复期限停止计算", supplementDue);
            case DELAYED:
                LocalDate answerBy = history.delayedAnswerBy();
                return new ClockStep(RULE_DELAYED_ANSWER, "答复期限为确定的延迟答复期限" + answerBy, answerBy);
            default:
                return countingResultStep();
        }
    }

    private ClockStep countingResultStep() {
        LocalDate anchor = history.anchor();
        String counted = (history.restartedBySupplement() ? "自收到补正材料之日（" : "自收到申请之日（")
                + anchor + "）起" + period + "个工作日"
                + (history.extensionDays() > 0 ? "（含延长的" + history.extensionDays() + "个工作日）" : "");
        if (count instanceof PeriodCount.Reached reached) {
            LocalDate due = reached.dueDate();
            int excluded = exclusions.excludedWorkingDays(calendar, anchor, due);
            String paused = excluded > 0 ? "，另有" + excluded + "个工作日因暂停不计入" : "";
            return new ClockStep(RULE_ANSWER_PERIOD, counted + paused + "，答复期限为" + due, due);
        }
        if (count instanceof PeriodCount.CalendarMissing missing) {
            return new ClockStep(RULE_ANSWER_PERIOD, counted + "，计算至" + missing.year()
                    + "年，该年节假日安排尚未载入工作日历，答复期限暂无法确定", null);
        }
        ClockHistory.Pause earliestOpen = history.earliestOpenPause().orElseThrow();
        return new ClockStep(earliestOpen.reason().rule(), counted + "；自" + earliestOpen.start() + "起"
                + earliestOpen.reason().label() + "，暂停计时，恢复后继续计算", earliestOpen.start());
    }
}
