package disclosure.statute.clock;

import java.time.LocalDate;

/**
 * What the statutory clock needs to know of an application's history, in the order it happened.
 * The command and query sides translate their events into these facts; the clock is a pure function of them.
 */
public sealed interface ClockFact {

    /** 收到申请之日 (Art 31): the answer clock starts the next working day. */
    record Received(LocalDate receiptDate) implements ClockFact {}

    /** 更正收到申请日期: replaces the receipt date everywhere the clock uses it. */
    record ReceiptDateCorrected(LocalDate receiptDate) implements ClockFact {}

    /** 补正告知 (Art 30): the answer clock stops until the supplemented application is received. */
    record SupplementRequested(LocalDate noticeDate, LocalDate supplementDueDate) implements ClockFact {}

    /** 收到补正材料 (Art 30): the 20-working-day answer period restarts from this date. */
    record SupplementReceived(LocalDate receivedOn) implements ClockFact {}

    /** 延长答复期限 (Art 33): adds working days to the answer period, once, at most 20. */
    record Extended(int workingDays) implements ClockFact {}

    /** A period excluded from the answer clock starts (Art 32–34 consultation; 109号 fee notice). */
    record PauseStarted(String pauseId, PauseReason reason, LocalDate startedOn) implements ClockFact {}

    /** The excluded period {@code pauseId} ends: counting resumes the next working day. */
    record PauseEnded(String pauseId, LocalDate endedOn) implements ClockFact {}

    /** 确定延迟答复期限 (Art 35): the answer is due on this date, whatever the count says. */
    record DelayedAnswerDateSet(LocalDate answerBy) implements ClockFact {}
}
