package disclosure.query.report;

import disclosure.contract.ApplicationEvent;
import disclosure.contract.appeal.LawsuitDecided;
import disclosure.contract.appeal.LawsuitFiled;
import disclosure.contract.appeal.ReconsiderationDecided;
import disclosure.contract.appeal.ReconsiderationFiled;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.closing.ApplicationWithdrawn;
import disclosure.contract.correction.ApplicantCategoryCorrected;
import disclosure.contract.correction.OutcomeCorrected;
import disclosure.contract.correction.ReceiptDateCorrected;
import disclosure.contract.fee.FeeNoticeIssued;
import disclosure.contract.fee.FeePaid;
import disclosure.contract.fee.FeePaymentExpired;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.intake.DeliveryForm;
import disclosure.contract.proactive.DocumentIssued;
import disclosure.contract.proactive.DocumentKind;
import disclosure.contract.proactive.DocumentRepealed;
import disclosure.contract.proactive.TallyItem;
import disclosure.contract.proactive.TallyRecorded;
import disclosure.contract.supplement.SupplementPeriodExpired;
import disclosure.contract.supplement.SupplementRequested;
import disclosure.statute.appeal.AppealResult;
import disclosure.statute.clock.Timeliness;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;
import disclosure.statute.outcome.Outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Test helper: writes an event stream as the store would deliver it, with growing positions and unique ids. */
final class EventLog {
    private static final String CLERK = "clerk-1";
    private static final Instant AT = Instant.parse("2024-06-01T00:00:00Z");

    private final List<RecordedEvent> events = new ArrayList<>();
    private String agency = "市政务服务和大数据管理局";

    EventLog agency(String name) {
        agency = name;
        return this;
    }

    List<RecordedEvent> events() {
        return List.copyOf(events);
    }

    EventLog received(String id, String caseNumber, ApplicantCategory category, String receiptDate) {
        LocalDate receipt = LocalDate.parse(receiptDate);
        return add(new ApplicationReceived(id, agency, caseNumber, Channel.IN_PERSON,
                new ChannelDates(receipt, null, null, null), receipt, category,
                new Applicant("申请人", null, null, null, null), "某项政府信息", DeliveryForm.EMAIL, CLERK, AT));
    }

    EventLog answered(String id, Outcome outcome, String on) {
        return add(new AnswerRecorded(id, outcome, "条例", LocalDate.parse(on), "答复", null,
                Timeliness.ON_TIME, CLERK, AT));
    }

    EventLog withdrawn(String id, String on) {
        return add(new ApplicationWithdrawn(id, LocalDate.parse(on), "申请人撤回", CLERK, AT));
    }

    EventLog supplementRequested(String id, String on, String due) {
        return add(new SupplementRequested(id, LocalDate.parse(on), "申请内容不明确", LocalDate.parse(due), CLERK, AT));
    }

    EventLog supplementExpired(String id, String due, String closedOn) {
        return add(new SupplementPeriodExpired(id, LocalDate.parse(due), LocalDate.parse(closedOn),
                ApplicationEvent.SYSTEM, AT));
    }

    EventLog feeNoticeIssued(String id, String on, String due) {
        return add(new FeeNoticeIssued(id, new BigDecimal("100"), LocalDate.parse(on), "按件计收",
                LocalDate.parse(due), CLERK, AT));
    }

    EventLog feeExpired(String id, String due, String closedOn) {
        return add(new FeePaymentExpired(id, LocalDate.parse(due), LocalDate.parse(closedOn),
                ApplicationEvent.SYSTEM, AT));
    }

    EventLog categoryCorrected(String id, ApplicantCategory previous, ApplicantCategory corrected) {
        return add(new ApplicantCategoryCorrected(id, previous, corrected, "登记有误", CLERK, AT));
    }

    EventLog receiptDateCorrected(String id, String previous, String corrected) {
        LocalDate date = LocalDate.parse(corrected);
        return add(new ReceiptDateCorrected(id, LocalDate.parse(previous), date,
                new ChannelDates(date, null, null, null), "登记有误", CLERK, AT));
    }

    EventLog outcomeCorrected(String id, Outcome previous, Outcome corrected) {
        return add(new OutcomeCorrected(id, previous, corrected, "条例", "登记有误", CLERK, AT));
    }

    EventLog reconsiderationFiled(String id, String appealId, String on) {
        return add(new ReconsiderationFiled(id, appealId, LocalDate.parse(on), "市人民政府", CLERK, AT));
    }

    EventLog reconsiderationDecided(String id, String appealId, AppealResult result, String on) {
        return add(new ReconsiderationDecided(id, appealId, result, LocalDate.parse(on), "", CLERK, AT));
    }

    EventLog lawsuitFiled(String id, String appealId, String on, String reconsiderationId) {
        return add(new LawsuitFiled(id, appealId, LocalDate.parse(on), "区人民法院", reconsiderationId, CLERK, AT));
    }

    EventLog lawsuitDecided(String id, String appealId, AppealResult result, String on) {
        return add(new LawsuitDecided(id, appealId, result, LocalDate.parse(on), "", CLERK, AT));
    }

    EventLog documentIssued(String id, DocumentKind kind, String number, String on) {
        return add(new DocumentIssued(id, agency, kind, "某某管理办法", number, LocalDate.parse(on), CLERK, AT));
    }

    EventLog documentRepealed(String id, DocumentKind kind, String on) {
        return add(new DocumentRepealed(id, agency, kind, LocalDate.parse(on), "已被新规定替代", CLERK, AT));
    }

    EventLog tally(TallyItem item, String month, String value) {
        return add(new TallyRecorded("tally-" + agency + item + month, agency, item, YearMonth.parse(month),
                new BigDecimal(value), null, null, CLERK, AT));
    }

    EventLog feePaid(String id, String amount, String on) {
        return add(new FeePaid(id, new BigDecimal(amount), LocalDate.parse(on), CLERK, AT));
    }

    EventLog receivedFrom(String id, String caseNumber, String applicantName, String idNumber, String receiptDate) {
        LocalDate receipt = LocalDate.parse(receiptDate);
        return add(new ApplicationReceived(id, agency, caseNumber, Channel.IN_PERSON,
                new ChannelDates(receipt, null, null, null), receipt, ApplicantCategory.NATURAL_PERSON,
                new Applicant(applicantName, idNumber, null, null, null), "某项政府信息", DeliveryForm.EMAIL, CLERK, AT));
    }

    EventLog answeredLate(String id, Outcome outcome, String on) {
        return add(new AnswerRecorded(id, outcome, "条例", LocalDate.parse(on), "答复", null,
                Timeliness.LATE, CLERK, AT));
    }

    private EventLog add(ApplicationEvent event) {
        long position = events.size() + 1L;
        events.add(new RecordedEvent(position, "evt-" + position, event));
        return this;
    }
}
