package disclosure.contract;

import disclosure.contract.clock.AnswerPeriodExtended;
import disclosure.contract.clock.ConsultationEnded;
import disclosure.contract.clock.ConsultationStarted;
import disclosure.contract.clock.DelayedAnswerDateSet;
import disclosure.contract.correction.ReceiptDateCorrected;
import disclosure.contract.fee.FeeNoticeIssued;
import disclosure.contract.fee.FeePaid;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.supplement.SupplementReceived;
import disclosure.contract.supplement.SupplementRequested;
import disclosure.statute.clock.ClockFact;
import disclosure.statute.clock.PauseReason;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The statutory clock's view of one application's events: both services translate events into
 * {@link ClockFact}s here, so the due date the command side enforces is the one the query side shows.
 */
public final class ClockHistory {
    private final List<ClockFact> facts = new ArrayList<>();
    private int feeNotices;

    /** Adds the clock fact an event carries, if any; events must come in their order within the application. */
    public void apply(ApplicationEvent event) {
        if (event instanceof ApplicationReceived e) {
            facts.add(new ClockFact.Received(e.receiptDate()));
        } else if (event instanceof ReceiptDateCorrected e) {
            facts.add(new ClockFact.ReceiptDateCorrected(e.corrected()));
        } else if (event instanceof SupplementRequested e) {
            facts.add(new ClockFact.SupplementRequested(e.noticeDate(), e.supplementDueDate()));
        } else if (event instanceof SupplementReceived e) {
            facts.add(new ClockFact.SupplementReceived(e.receivedOn()));
        } else if (event instanceof AnswerPeriodExtended e) {
            facts.add(new ClockFact.Extended(e.workingDays()));
        } else if (event instanceof ConsultationStarted e) {
            facts.add(new ClockFact.PauseStarted(e.consultationId(), e.kind().pauseReason(), e.sentOn()));
        } else if (event instanceof ConsultationEnded e) {
            facts.add(new ClockFact.PauseEnded(e.consultationId(), e.endedOn()));
        } else if (event instanceof DelayedAnswerDateSet e) {
            facts.add(new ClockFact.DelayedAnswerDateSet(e.answerBy()));
        } else if (event instanceof FeeNoticeIssued e) {
            feeNotices++;
            facts.add(new ClockFact.PauseStarted(feePauseId(), PauseReason.FEE_PAYMENT, e.issuedOn()));
        } else if (event instanceof FeePaid e) {
            facts.add(new ClockFact.PauseEnded(feePauseId(), e.paidOn()));
        }
        // closing, appeals, reasons requested and category corrections do not move the clock
    }

    private String feePauseId() {
        return "fee-" + feeNotices;
    }

    public List<ClockFact> facts() {
        return Collections.unmodifiableList(facts);
    }
}
