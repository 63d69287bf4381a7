package disclosure.query.report;

import disclosure.contract.ApplicationEvent;
import disclosure.contract.appeal.LawsuitDecided;
import disclosure.contract.appeal.LawsuitFiled;
import disclosure.contract.appeal.ReconsiderationDecided;
import disclosure.contract.appeal.ReconsiderationFiled;
import disclosure.contract.closing.ApplicationClosed;
import disclosure.contract.correction.ApplicantCategoryCorrected;
import disclosure.contract.correction.OutcomeCorrected;
import disclosure.contract.correction.ReceiptDateCorrected;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.statute.appeal.AppealResult;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.outcome.Outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 申请事实: what the annual tables need to know about one application, folded from its events.
 * Corrections replace the fact they correct, so the tables always show the current truth.
 *
 * @param agency      null until {@code ApplicationReceived} was seen: such an application is not counted
 * @param category    the current applicant category (column of table 三)
 * @param receiptDate the current legal 收到申请之日
 * @param closedOn    the day it was closed (办结), null while open
 * @param outcome     the current outcome (row of table 三), null while open
 * @param appeals     复议 and 诉讼 cases against its answer, in filing order
 */
public record ApplicationFacts(String applicationId, String agency, String caseNumber, ApplicantCategory category,
                               LocalDate receiptDate, LocalDate closedOn, Outcome outcome,
                               List<AppealFacts> appeals) {

    public ApplicationFacts {
        appeals = List.copyOf(appeals);
    }

    static ApplicationFacts unknown(String applicationId) {
        return new ApplicationFacts(applicationId, null, null, null, null, null, null, List.of());
    }

    /** The facts after {@code event}; events that do not touch the tables leave them as they are. */
    ApplicationFacts apply(ApplicationEvent event) {
        if (event instanceof ApplicationReceived e) {
            return new ApplicationFacts(applicationId, e.agency(), e.caseNumber(), e.category(), e.receiptDate(),
                    closedOn, outcome, appeals);
        }
        if (event instanceof ApplicantCategoryCorrected e) {
            return new ApplicationFacts(applicationId, agency, caseNumber, e.corrected(), receiptDate,
                    closedOn, outcome, appeals);
        }
        if (event instanceof ReceiptDateCorrected e) {
            return new ApplicationFacts(applicationId, agency, caseNumber, category, e.corrected(),
                    closedOn, outcome, appeals);
        }
        if (event instanceof ApplicationClosed e) {
            return new ApplicationFacts(applicationId, agency, caseNumber, category, receiptDate,
                    e.closedOn(), e.outcome(), appeals);
        }
        if (event instanceof OutcomeCorrected e) {
            // The correction moves the application to another row of the year it was closed in, not to another year.
            return new ApplicationFacts(applicationId, agency, caseNumber, category, receiptDate,
                    closedOn, e.corrected(), appeals);
        }
        if (event instanceof ReconsiderationFiled e) {
            return withAppeal(AppealFacts.filed(e.appealId(), AppealTrack.RECONSIDERATION, e.filedOn()));
        }
        if (event instanceof LawsuitFiled e) {
            AppealTrack track = e.reconsiderationId() == null
                    ? AppealTrack.LITIGATION_DIRECT : AppealTrack.LITIGATION_AFTER_RECONSIDERATION;
            return withAppeal(AppealFacts.filed(e.appealId(), track, e.filedOn()));
        }
        if (event instanceof ReconsiderationDecided e) {
            return withDecision(e.appealId(), e.decidedOn(), e.result());
        }
        if (event instanceof LawsuitDecided e) {
            return withDecision(e.appealId(), e.decidedOn(), e.result());
        }
        return this;
    }

    public ApplicationRef ref() {
        return new ApplicationRef(applicationId, caseNumber);
    }

    /** Whether {@code ApplicationReceived} was seen: without it neither agency nor column nor 一 is known. */
    public boolean registered() {
        return agency != null;
    }

    /** 一、本年新收: the legal receipt date falls in {@code year}. */
    public boolean receivedIn(int year) {
        return receiptDate != null && receiptDate.getYear() == year;
    }

    /** 三: closed in {@code year}. */
    public boolean closedIn(int year) {
        return closedOn != null && closedOn.getYear() == year;
    }

    /** 四 of {@code year}: received on or before 12-31 and not closed by then. */
    public boolean openAtEndOf(int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return receiptDate != null && !receiptDate.isAfter(yearEnd)
                && (closedOn == null || closedOn.isAfter(yearEnd));
    }

    /** 二 of {@code year}: received before 1 January and still open on that day. */
    public boolean openAtStartOf(int year) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        return receiptDate != null && receiptDate.isBefore(yearStart)
                && (closedOn == null || !closedOn.isBefore(yearStart));
    }

    private ApplicationFacts withAppeal(AppealFacts appeal) {
        List<AppealFacts> next = new ArrayList<>(appeals);
        next.removeIf(a -> a.appealId().equals(appeal.appealId()));
        next.add(appeal);
        return new ApplicationFacts(applicationId, agency, caseNumber, category, receiptDate, closedOn, outcome, next);
    }

    /** A decision for an appeal whose filing was not seen is dropped: without the filing the group is unknown. */
    private ApplicationFacts withDecision(String appealId, LocalDate decidedOn, AppealResult result) {
        List<AppealFacts> next = appeals.stream()
                .map(a -> a.appealId().equals(appealId)
                        ? a.decided(decidedOn, result == null ? null : result.resultClass()) : a)
                .toList();
        return new ApplicationFacts(applicationId, agency, caseNumber, category, receiptDate, closedOn, outcome, next);
    }
}
