package disclosure.command.application;

import disclosure.access.Role;
import disclosure.access.SignOff;
import disclosure.command.casenumber.CaseNumbers;
import disclosure.contract.ApplicationEvent;
import disclosure.contract.ClockHistory;
import disclosure.contract.alert.AcknowledgeAlert;
import disclosure.contract.alert.AlertAcknowledged;
import disclosure.contract.alert.AlertFacts;
import disclosure.contract.alert.AlertKind;
import disclosure.contract.alert.AnswerDueSoon;
import disclosure.contract.alert.AnswerOverdue;
import disclosure.contract.alert.AppealReplyDueSoon;
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
import disclosure.contract.clock.ConsultationStarted;
import disclosure.contract.clock.DelayedAnswerDateSet;
import disclosure.contract.clock.EndConsultation;
import disclosure.contract.clock.ExtendAnswerPeriod;
import disclosure.contract.clock.ReasonsRequested;
import disclosure.contract.clock.RequestReasons;
import disclosure.contract.clock.SetDelayedAnswerDate;
import disclosure.contract.clock.StartConsultation;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.closing.ApplicationClosed;
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
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.intake.ReceiveApplication;
import disclosure.contract.supplement.ReceiveSupplement;
import disclosure.contract.supplement.RequestSupplement;
import disclosure.contract.supplement.SupplementPeriodExpired;
import disclosure.contract.supplement.SupplementReceived;
import disclosure.contract.supplement.SupplementRequested;
import disclosure.statute.LegalTime;
import disclosure.statute.appeal.AppealKind;
import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;
import disclosure.statute.clock.ClockPhase;
import disclosure.statute.clock.ClockReading;
import disclosure.statute.clock.DueDate;
import disclosure.statute.clock.StatutoryClock;
import disclosure.statute.clock.Timeliness;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ReceiptDateException;
import disclosure.statute.intake.ReceiptDerivation;
import disclosure.statute.intake.ReceiptRule;
import disclosure.statute.outcome.Outcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 依申请公开申请: one application for disclosure of government information, from intake to its last appeal.
 *
 * <p>Command handlers only decide: they check the rules of the 条例 and apply events. State changes only in the
 * {@code @EventSourcingHandler}s. The statutory clock is derived, never stored: the aggregate keeps the
 * clock facts of its history ({@link ClockHistory}) and asks the {@link StatutoryClock} whenever a rule depends on a due date.
 */
@Aggregate
public class DisclosureApplication {

    /** The 2019 revision of the 条例, whose periods this system counts, applies from this day. */
    static final LocalDate REGULATION_IN_FORCE = LocalDate.of(2019, 5, 15);
    private static final int DEADLINE_HOUR = 0;
    /** The largest fee a notice may state, as the API's amount field allows (9 digits before the point). */
    static final BigDecimal MAX_FEE_YUAN = new BigDecimal("999999999.99");

    @AggregateIdentifier
    private String applicationId;
    private String agency;
    private Channel channel;
    private LocalDate receiptDate;
    private ApplicantCategory category;
    private final ClockHistory clockHistory = new ClockHistory();

    private boolean supplementRequested;
    private boolean awaitingSupplement;
    private boolean supplementReceived;
    private LocalDate supplementNoticeDate;
    private LocalDate supplementDueDate;

    private boolean extended;
    /** 审批: a 承办人's request to extend the answer period, waiting for the 负责人; null when none waits. */
    private ExtensionRequested pendingExtension;
    /** 签发: an answer a 承办人 submitted, waiting for the 负责人's sign-off; null when none waits. */
    private AnswerSubmittedForSignOff pendingAnswer;
    private final Map<String, LocalDate> openConsultations = new HashMap<>();
    private final Set<String> consultationIds = new HashSet<>();

    private LocalDate openFeeIssuedOn;
    private BigDecimal openFeeAmount;

    private LocalDate reasonsRequestedOn;

    private boolean closed;
    private Outcome outcome;
    private LocalDate closedOn;

    private final Map<String, Appeal> appeals = new HashMap<>();
    private final Set<Deadlines.AlertDue> alertsRecorded = new HashSet<>();
    /** Every alert recorded on the application, by its id (the id of its event): its acknowledgement, or null. */
    private final Map<String, AlertAcknowledged> acknowledgements = new HashMap<>();

    protected DisclosureApplication() {
        // for Axon: the aggregate is rebuilt from its events
    }

    /** Before every command on an existing application: staff of another agency may not act on it. */
    @CommandHandlerInterceptor
    public Object withinActingAgency(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        ActingAgency.check(command.getMetaData().get(ActingAgency.METADATA_KEY), agency);
        return chain.proceed();
    }

    // ---- 登记 (intake), Art 29, 31 --------------------------------------------------------------------------

    @CommandHandler
    public DisclosureApplication(ReceiveApplication command, CaseNumbers caseNumbers, Clock clock,
                                 StatutoryClock statutoryClock, AlertPolicy alerts, DeadlineManager deadlines) {
        LocalDate today = LegalTime.today(clock);
        ReceiptDerivation receipt = deriveReceipt(command.channel(), command.channelDates());
        LocalDate date = receipt.receiptDate();
        notInFuture(date, today, "收到申请之日", "receipt date");
        if (date.isBefore(REGULATION_IN_FORCE)) {
            throw new RuleViolation(Rule.RECEIPT_BEFORE_REGULATION,
                    "收到申请之日为" + date + "，早于2019-05-15", "receipt date " + date + " is before 2019-05-15");
        }
        String caseNumber = command.caseNumber() == null
                ? caseNumbers.next(command.agency(), date.getYear(), command.applicationId())
                : claim(caseNumbers, command);
        apply(new ApplicationReceived(command.applicationId(), command.agency(), caseNumber, command.channel(),
                command.channelDates(), date, command.category(), command.applicant(),
                command.requestedInformation(), command.deliveryForm(), command.by(), clock.instant()))
                // in a constructor the event reaches the state only once applied: plan after that
                .andThen(() -> planAlerts(statutoryClock, alerts, clock, deadlines));
    }

    private static String claim(CaseNumbers caseNumbers, ReceiveApplication command) {
        if (!caseNumbers.claim(command.agency(), command.caseNumber(), command.applicationId())) {
            throw new RuleViolation(Rule.CASE_NUMBER_TAKEN,
                    command.agency() + "已有案件编号为" + command.caseNumber() + "的申请",
                    command.agency() + " already has an application numbered " + command.caseNumber());
        }
        return command.caseNumber();
    }

    private static ReceiptDerivation deriveReceipt(Channel channel, disclosure.statute.intake.ChannelDates dates) {
        try {
            return ReceiptRule.derive(channel, dates);
        } catch (ReceiptDateException e) {
            throw new RuleViolation(Rule.RECEIPT_DATE_UNDERIVABLE, e.messageZh(), e.messageEn());
        }
    }

    @EventSourcingHandler
    void on(ApplicationReceived event) {
        applicationId = event.applicationId();
        agency = event.agency();
        channel = event.channel();
        receiptDate = event.receiptDate();
        category = event.category();
        clockHistory.apply(event);
    }

    // ---- 补正 (supplement), Art 30 ----------------------------------------------------------------------------

    @CommandHandler
    void handle(RequestSupplement command, StatutoryClock statutoryClock, Clock clock, DeadlineManager deadlines,
                AlertPolicy alerts) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        if (supplementRequested) {
            throw new RuleViolation(Rule.SUPPLEMENT_ALREADY_REQUESTED,
                    "已于" + supplementNoticeDate + "发出补正告知，补正只能告知一次",
                    "a supplement was already requested on " + supplementNoticeDate);
        }
        LocalDate noticeDate = command.noticeDate();
        actionDate(noticeDate, today, "补正告知日期", "notice date");
        DueDate noticeDue = statutoryClock.read(clockHistory.facts(), today).supplementNoticeDue();
        if (noticeDue.isKnown() && noticeDate.isAfter(noticeDue.date())) {
            throw new RuleViolation(Rule.SUPPLEMENT_NOTICE_TOO_LATE,
                    "收到申请之日为" + receiptDate + "，补正告知最迟应于" + noticeDue.date() + "发出，告知日期"
                            + noticeDate + "已超过7个工作日",
                    "received " + receiptDate + ", the notice was due by " + noticeDue.date() + ", not "
                            + noticeDate);
        }
        if (!command.supplementDueDate().isAfter(noticeDate)) {
            throw new RuleViolation(Rule.SUPPLEMENT_DUE_NOT_AFTER_NOTICE,
                    "补正期限" + command.supplementDueDate() + "不晚于告知日期" + noticeDate,
                    "due date " + command.supplementDueDate() + " is not after notice date " + noticeDate);
        }
        if (command.supplementDueDate().isAfter(noticeDate.plusYears(1))) {
            throw new RuleViolation(Rule.SUPPLEMENT_DUE_TOO_FAR,
                    "补正期限" + command.supplementDueDate() + "晚于告知日期" + noticeDate + "后一年，不是合理的补正期限",
                    "due date " + command.supplementDueDate() + " is more than a year after notice date " + noticeDate);
        }
        apply(new SupplementRequested(applicationId, noticeDate, command.missingItems(),
                command.supplementDueDate(), command.by(), clock.instant()));
        deadlines.schedule(LegalTime.startOf(command.supplementDueDate().plusDays(1), DEADLINE_HOUR),
                Deadlines.SUPPLEMENT_PERIOD, new Deadlines.SupplementPeriod(command.supplementDueDate()));
        planAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(SupplementRequested event) {
        supplementRequested = true;
        awaitingSupplement = true;
        supplementNoticeDate = event.noticeDate();
        supplementDueDate = event.supplementDueDate();
        clockHistory.apply(event);
    }

    @CommandHandler
    void handle(ReceiveSupplement command, Clock clock, DeadlineManager deadlines, StatutoryClock statutoryClock,
                AlertPolicy alerts) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        if (!awaitingSupplement) {
            throw new RuleViolation(Rule.NO_SUPPLEMENT_PENDING);
        }
        LocalDate receivedOn = command.receivedOn();
        notInFuture(receivedOn, today, "收到补正材料日期", "supplement date");
        notBefore(receivedOn, supplementNoticeDate, "补正告知日期", "the notice date");
        if (receivedOn.isAfter(supplementDueDate)) {
            throw new RuleViolation(Rule.SUPPLEMENT_AFTER_DUE_DATE,
                    "补正期限为" + supplementDueDate + "，" + receivedOn + "收到的补正材料已逾期",
                    "the supplement was due by " + supplementDueDate + ", received " + receivedOn);
        }
        apply(new SupplementReceived(applicationId, receivedOn, command.by(), clock.instant()));
        deadlines.cancelAllWithinScope(Deadlines.SUPPLEMENT_PERIOD);
        planAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(SupplementReceived event) {
        awaitingSupplement = false;
        supplementReceived = true;
        clockHistory.apply(event);
    }

    /** 逾期未补正，视为放弃申请 (Art 30): no human action; a stale or repeated deadline changes nothing. */
    @DeadlineHandler(deadlineName = Deadlines.SUPPLEMENT_PERIOD)
    void supplementPeriodEnded(Deadlines.SupplementPeriod deadline, Clock clock) {
        if (closed || !awaitingSupplement || !deadline.dueDate().equals(supplementDueDate)) {
            return;
        }
        apply(new SupplementPeriodExpired(applicationId, supplementDueDate, supplementDueDate.plusDays(1),
                ApplicationEvent.SYSTEM, clock.instant()));
    }

    @EventSourcingHandler
    void on(SupplementPeriodExpired event, @MessageIdentifier String eventId) {
        awaitingSupplement = false;
        close(event);
        rememberAlert(event, eventId);
    }

    // ---- 延期、征求意见、Art 35 (clock changes), Art 32–35 ------------------------------------------------

    @CommandHandler
    void handle(ExtendAnswerPeriod command, StatutoryClock statutoryClock, Clock clock, AlertPolicy alerts,
                DeadlineManager deadlines) {
        LocalDate today = LegalTime.today(clock);
        requireExtensible(command.workingDays());
        LocalDate decidedOn = command.decidedOn();
        actionDate(decidedOn, today, "延期决定日期", "decision date");
        requireWithinAnswerPeriod(statutoryClock, decidedOn, "决定");
        apply(new AnswerPeriodExtended(applicationId, command.workingDays(), command.approvedBy(), decidedOn,
                command.reason(), command.by(), clock.instant()));
        planAlerts(statutoryClock, alerts, clock, deadlines);
    }

    /** Art 33: the application is open, its period running, not yet extended, and 1 to 20 working days are asked. */
    private void requireExtensible(int days) {
        requireOpen();
        requireAnswerPeriodRunning();
        if (extended) {
            throw new RuleViolation(Rule.EXTENSION_ALREADY_GRANTED);
        }
        if (days < 1 || days > StatutoryClock.MAX_EXTENSION_WORKING_DAYS) {
            throw new RuleViolation(Rule.EXTENSION_OUT_OF_RANGE,
                    "申请延长" + days + "个工作日，应为1至20个工作日", "asked for " + days + " working days");
        }
    }

    /**
     * An extension is decided (or asked for) on a day within the answer period, never after it ended.
     *
     * @param what "决定" or "申请": what is done on {@code day}
     */
    private void requireWithinAnswerPeriod(StatutoryClock statutoryClock, LocalDate day, String what) {
        DueDate due = statutoryClock.read(clockHistory.facts(), day).answerDue();
        if (due.isKnown() && day.isAfter(due.date())) {
            throw new RuleViolation(Rule.EXTENSION_AFTER_DUE_DATE,
                    "答复期限已于" + due.date() + "届满，" + day + "不能再" + what + "延期",
                    "the answer period ended on " + due.date() + ", " + ("申请".equals(what) ? "asked" : "decided")
                            + " " + day);
        }
    }

    @EventSourcingHandler
    void on(AnswerPeriodExtended event) {
        extended = true;
        // extended once and for all: a request still waiting is settled, whoever decided it and how
        pendingExtension = null;
        clockHistory.apply(event);
    }

    // ---- 审批：申请延期 (a 承办人 asks, the 负责人 decides), Art 33 --------------------------------------------

    /** 申请延长答复期限: as an extension itself could be recorded today, and while no other request waits. */
    @CommandHandler
    void handle(RequestExtension command, StatutoryClock statutoryClock, Clock clock) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        if (pendingExtension != null) {
            throw new RuleViolation(Rule.EXTENSION_REQUEST_PENDING,
                    pendingExtension.by() + "于" + legalDate(pendingExtension.at()) + "申请延长"
                            + pendingExtension.workingDays() + "个工作日，尚待负责人审批",
                    pendingExtension.by() + " asked on " + legalDate(pendingExtension.at()) + " for "
                            + pendingExtension.workingDays() + " working days; the supervisor has not decided yet");
        }
        requireExtensible(command.workingDays());
        requireWithinAnswerPeriod(statutoryClock, today, "申请");
        apply(new ExtensionRequested(applicationId, command.workingDays(), command.reason(), command.by(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(ExtensionRequested event) {
        pendingExtension = event;
    }

    /**
     * 批准: the extension the request asked for, decided by the 负责人 on {@code decidedOn} — a day from the request
     * to today, and within the answer period, as for any extension: approved after the period ended, it is refused.
     */
    @CommandHandler
    void handle(ApproveExtension command, StatutoryClock statutoryClock, Clock clock, AlertPolicy alerts,
                DeadlineManager deadlines) {
        LocalDate today = LegalTime.today(clock);
        ExtensionRequested request = requirePendingExtension();
        requireExtensible(request.workingDays());
        LocalDate decidedOn = command.decidedOn();
        actionDate(decidedOn, today, "批准日期", "approval date");
        notBefore(decidedOn, legalDate(request.at()), "延期申请日期", "the day of the request");
        requireWithinAnswerPeriod(statutoryClock, decidedOn, "决定");
        apply(new ExtensionApproved(applicationId, request.by(), request.workingDays(), decidedOn, command.by(),
                clock.instant()));
        apply(new AnswerPeriodExtended(applicationId, request.workingDays(), command.approvedBy(), decidedOn,
                request.reason(), command.by(), clock.instant()));
        planAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(ExtensionApproved event) {
        pendingExtension = null;
    }

    @CommandHandler
    void handle(DeclineExtension command, Clock clock) {
        ExtensionRequested request = requirePendingExtension();
        apply(new ExtensionDeclined(applicationId, request.by(), request.workingDays(), command.reason(),
                command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ExtensionDeclined event) {
        pendingExtension = null;
    }

    private ExtensionRequested requirePendingExtension() {
        requireOpen();
        if (pendingExtension == null) {
            throw new RuleViolation(Rule.NO_EXTENSION_REQUEST_PENDING);
        }
        return pendingExtension;
    }

    @CommandHandler
    void handle(StartConsultation command, StatutoryClock statutoryClock, Clock clock, AlertPolicy alerts,
                DeadlineManager deadlines) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        requireAnswerPeriodRunning();
        if (consultationIds.contains(command.consultationId())) {
            throw new RuleViolation(Rule.CONSULTATION_ID_IN_USE,
                    "征求意见编号" + command.consultationId() + "已被使用",
                    "consultation id " + command.consultationId() + " is already used");
        }
        actionDate(command.sentOn(), today, "征求意见函发出日期", "sent date");
        DueDate replyDue = statutoryClock.consultationReplyDue(command.sentOn());
        apply(new ConsultationStarted(applicationId, command.consultationId(), command.kind(),
                command.consultedParty(), command.sentOn(), replyDue.isKnown() ? replyDue.date() : null,
                command.by(), clock.instant()));
        planAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(ConsultationStarted event) {
        consultationIds.add(event.consultationId());
        openConsultations.put(event.consultationId(), event.sentOn());
        clockHistory.apply(event);
    }

    @CommandHandler
    void handle(EndConsultation command, Clock clock, StatutoryClock statutoryClock, AlertPolicy alerts,
                DeadlineManager deadlines) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        if (!consultationIds.contains(command.consultationId())) {
            throw new RuleViolation(Rule.UNKNOWN_CONSULTATION,
                    "没有编号为" + command.consultationId() + "的征求意见",
                    "no consultation " + command.consultationId());
        }
        LocalDate sentOn = openConsultations.get(command.consultationId());
        if (sentOn == null) {
            throw new RuleViolation(Rule.CONSULTATION_ALREADY_ENDED);
        }
        notInFuture(command.endedOn(), today, "征求意见结束日期", "end date");
        notBefore(command.endedOn(), sentOn, "征求意见函发出日期", "the date the letter was sent");
        apply(new ConsultationEnded(applicationId, command.consultationId(), command.endedOn(), command.opinion(),
                command.by(), clock.instant()));
        planAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(ConsultationEnded event) {
        openConsultations.remove(event.consultationId());
        clockHistory.apply(event);
    }

    @CommandHandler
    void handle(RequestReasons command, Clock clock) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        actionDate(command.requestedOn(), today, "要求说明理由日期", "request date");
        apply(new ReasonsRequested(applicationId, command.requestedOn(), command.note(), command.by(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(ReasonsRequested event) {
        reasonsRequestedOn = event.requestedOn();
    }

    @CommandHandler
    void handle(SetDelayedAnswerDate command, StatutoryClock statutoryClock, Clock clock, AlertPolicy alerts,
                DeadlineManager deadlines) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        if (reasonsRequestedOn == null) {
            throw new RuleViolation(Rule.REASONS_NOT_REQUESTED);
        }
        actionDate(command.decidedOn(), today, "决定日期", "decision date");
        notBefore(command.decidedOn(), reasonsRequestedOn, "要求说明理由日期", "the date reasons were requested");
        DueDate due = statutoryClock.read(clockHistory.facts(), command.decidedOn()).answerDue();
        if (due.isKnown() && !command.answerBy().isAfter(due.date())) {
            throw new RuleViolation(Rule.DELAYED_DATE_NOT_LATER,
                    "现行答复期限为" + due.date() + "，延迟答复期限" + command.answerBy() + "并未延后",
                    "current due date " + due.date() + ", delayed date " + command.answerBy());
        }
        apply(new DelayedAnswerDateSet(applicationId, command.answerBy(), command.decidedOn(), command.reason(),
                command.by(), clock.instant()));
        planAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(DelayedAnswerDateSet event) {
        clockHistory.apply(event);
    }

    // ---- 信息处理费 (processing fee), 国办函〔2020〕109号 -----------------------------------------------------

    @CommandHandler
    void handle(IssueFeeNotice command, StatutoryClock statutoryClock, Clock clock, DeadlineManager deadlines,
                AlertPolicy alerts) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        requireAnswerPeriodRunning();
        if (openFeeIssuedOn != null) {
            throw new RuleViolation(Rule.FEE_NOTICE_PENDING,
                    openFeeIssuedOn + "发出的收费通知尚未缴费", "the notice of " + openFeeIssuedOn + " is unpaid");
        }
        BigDecimal amount = command.amountYuan();
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_FEE_YUAN) > 0) {
            throw new RuleViolation(Rule.FEE_AMOUNT_INVALID, "收费金额为" + amount.toPlainString() + "元",
                    "amount " + amount.toPlainString());
        }
        actionDate(command.issuedOn(), today, "收费通知日期", "notice date");
        DueDate due = statutoryClock.feePaymentDue(command.issuedOn());
        LocalDate dueDate = due.isKnown() ? due.date() : null;
        apply(new FeeNoticeIssued(applicationId, amount, command.issuedOn(), command.basis(), dueDate,
                command.by(), clock.instant()));
        scheduleFeeDeadline(deadlines, command.issuedOn(), due, today);
        planAlerts(statutoryClock, alerts, clock, deadlines);
    }

    private static void scheduleFeeDeadline(DeadlineManager deadlines, LocalDate issuedOn, DueDate due,
                                            LocalDate today) {
        // Without the calendar of the due date's year, the deadline tries again when that year begins (or
        // daily, once it has begun) until the calendar is loaded: the period is never guessed.
        LocalDate retryOn = due.isKnown() ? null : LocalDate.of(due.missingCalendarYear(), 1, 1);
        LocalDate fireOn = due.isKnown() ? due.date().plusDays(1)
                : retryOn.isAfter(today) ? retryOn : today.plusDays(1);
        deadlines.schedule(LegalTime.startOf(fireOn, DEADLINE_HOUR), Deadlines.FEE_PAYMENT_PERIOD,
                new Deadlines.FeePaymentPeriod(issuedOn, due.isKnown() ? due.date() : null));
    }

    @EventSourcingHandler
    void on(FeeNoticeIssued event) {
        openFeeIssuedOn = event.issuedOn();
        openFeeAmount = event.amountYuan();
        clockHistory.apply(event);
    }

    @CommandHandler
    void handle(RecordFeePayment command, StatutoryClock statutoryClock, Clock clock, DeadlineManager deadlines,
                AlertPolicy alerts) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        if (openFeeIssuedOn == null) {
            throw new RuleViolation(Rule.NO_FEE_PENDING);
        }
        LocalDate paidOn = command.paidOn();
        notInFuture(paidOn, today, "缴费日期", "payment date");
        notBefore(paidOn, openFeeIssuedOn, "收费通知日期", "the notice date");
        DueDate due = statutoryClock.feePaymentDue(openFeeIssuedOn);
        if (due.isKnown() && paidOn.isAfter(due.date())) {
            throw new RuleViolation(Rule.FEE_PAID_AFTER_DUE_DATE,
                    "缴费期限为" + due.date() + "，" + paidOn + "缴费已逾期",
                    "payment was due by " + due.date() + ", paid " + paidOn);
        }
        apply(new FeePaid(applicationId, openFeeAmount, paidOn, command.by(), clock.instant()));
        deadlines.cancelAllWithinScope(Deadlines.FEE_PAYMENT_PERIOD);
        planAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(FeePaid event) {
        clockHistory.apply(event);
        openFeeIssuedOn = null;
        openFeeAmount = null;
    }

    /** 逾期未缴费，视为放弃申请 (109号), or a retry once the calendar of the due date's year is loaded. */
    @DeadlineHandler(deadlineName = Deadlines.FEE_PAYMENT_PERIOD)
    void feePaymentPeriodEnded(Deadlines.FeePaymentPeriod deadline, StatutoryClock statutoryClock, Clock clock,
                               DeadlineManager deadlines) {
        if (closed || !deadline.noticeIssuedOn().equals(openFeeIssuedOn)) {
            return;
        }
        DueDate due = statutoryClock.feePaymentDue(openFeeIssuedOn);
        LocalDate today = LegalTime.today(clock);
        if (!due.isKnown() || !today.isAfter(due.date())) {
            scheduleFeeDeadline(deadlines, openFeeIssuedOn, due, today);
            return;
        }
        apply(new FeePaymentExpired(applicationId, due.date(), due.date().plusDays(1), ApplicationEvent.SYSTEM,
                clock.instant()));
    }

    @EventSourcingHandler
    void on(FeePaymentExpired event, @MessageIdentifier String eventId) {
        openFeeIssuedOn = null;
        close(event);
        rememberAlert(event, eventId);
    }

    // ---- 答复、撤回 (closing), Art 36–39 --------------------------------------------------------------------

    /**
     * 答复. Where the agency requires sign-off, only staff who sign off answers record one directly; a 承办人 submits it
     * instead ({@link SubmitAnswerForSignOff}). A command no member of staff sent (the ledger import) records answers
     * already given.
     */
    @CommandHandler
    void handle(RecordAnswer command, @MetaDataValue(ActingRoles.METADATA_KEY) String actingRoles, SignOff signOff,
                StatutoryClock statutoryClock, Clock clock, DeadlineManager deadlines) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        Outcome chosen = command.outcome();
        LocalDate answeredOn = command.answeredOn();
        if (chosen.isRecordedBySystem()) {
            recordExpiry(chosen, answeredOn, today, statutoryClock, command.by(), clock, deadlines);
            return;
        }
        Set<Role> roles = ActingRoles.of(actingRoles);
        if (roles != null && !signOff.answersDirectly(roles, agency)) {
            throw new RuleViolation(Rule.ANSWER_NEEDS_SIGN_OFF,
                    agency + "的答复须经负责人签发：请提交签发，由负责人签发后答复",
                    "answers of " + agency + " are signed off by the supervisor: submit this one for sign-off");
        }
        requireAnswerable(chosen);
        actionDate(answeredOn, today, "答复日期", "answer date");
        recordAnswer(chosen, command.legalBasis(), answeredOn, command.summary(), command.by(), statutoryClock,
                clock, deadlines);
    }

    private void requireAnswerable(Outcome chosen) {
        if (chosen == Outcome.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT && !supplementReceived) {
            throw new RuleViolation(Rule.UNCLEAR_WITHOUT_SUPPLEMENT);
        }
    }

    /** The answer, with the due date it was measured against and whether it came in time. */
    private void recordAnswer(Outcome outcome, String legalBasis, LocalDate answeredOn, String summary, String by,
                              StatutoryClock statutoryClock, Clock clock, DeadlineManager deadlines) {
        ClockReading reading = statutoryClock.read(clockHistory.facts(), answeredOn);
        Timeliness timeliness = statutoryClock.timelinessOf(clockHistory.facts(), answeredOn);
        LocalDate dueDate = reading.answerDue().isKnown() ? reading.answerDue().date() : null;
        apply(new AnswerRecorded(applicationId, outcome, legalBasis, answeredOn, summary, dueDate, timeliness, by,
                clock.instant()));
        cancelAllDeadlines(deadlines);
    }

    /**
     * 6.1 and 6.2 are what the law deems once a period has run out; staff (or a ledger import) may record them
     * only then, and they are dated by the rule (the day after the period), exactly as the deadline would.
     */
    private void recordExpiry(Outcome outcome, LocalDate recordedOn, LocalDate today, StatutoryClock statutoryClock,
                              String by, Clock clock, DeadlineManager deadlines) {
        actionDate(recordedOn, today, "办结日期", "closing date");
        if (outcome == Outcome.OTHER_SUPPLEMENT_OVERDUE && awaitingSupplement
                && supplementDueDate.isBefore(recordedOn)) {
            apply(new SupplementPeriodExpired(applicationId, supplementDueDate, supplementDueDate.plusDays(1), by,
                    clock.instant()));
        } else if (outcome == Outcome.OTHER_FEE_UNPAID && openFeeIssuedOn != null
                && statutoryClock.feePaymentDue(openFeeIssuedOn).isKnown()
                && statutoryClock.feePaymentDue(openFeeIssuedOn).date().isBefore(recordedOn)) {
            LocalDate due = statutoryClock.feePaymentDue(openFeeIssuedOn).date();
            apply(new FeePaymentExpired(applicationId, due, due.plusDays(1), by, clock.instant()));
        } else {
            throw new RuleViolation(Rule.OUTCOME_NEEDS_EXPIRED_PERIOD,
                    "办理结果" + outcome.code() + "（" + outcome.label() + "）须在"
                            + (outcome == Outcome.OTHER_SUPPLEMENT_OVERDUE ? "补正期限届满且未收到补正材料"
                            : "缴费期限届满且未缴费") + "之后，" + recordedOn + "尚不满足",
                    "outcome " + outcome.code() + " needs an expired "
                            + (outcome == Outcome.OTHER_SUPPLEMENT_OVERDUE ? "supplement" : "fee payment")
                            + " period on " + recordedOn);
        }
        cancelAllDeadlines(deadlines);
    }

    @EventSourcingHandler
    void on(AnswerRecorded event) {
        close(event);
    }

    @CommandHandler
    void handle(WithdrawApplication command, Clock clock, DeadlineManager deadlines) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        actionDate(command.withdrawnOn(), today, "撤回日期", "withdrawal date");
        apply(new ApplicationWithdrawn(applicationId, command.withdrawnOn(), command.reason(), command.by(),
                clock.instant()));
        cancelAllDeadlines(deadlines);
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawn event) {
        close(event);
    }

    private void close(ApplicationClosed event) {
        closed = true;
        outcome = event.outcome();
        closedOn = event.closedOn();
        // whatever waited for the 负责人 lapses with the application
        pendingExtension = null;
        pendingAnswer = null;
    }

    // ---- 审批：签发 (where the agency requires it, the 负责人 signs the 承办人's answer off) ----------------------

    /**
     * 提交签发: the answer as {@link RecordAnswer} would record it, checked as such, waiting for the 负责人. The clock
     * runs on meanwhile: nothing is answered until the sign-off.
     */
    @CommandHandler
    void handle(SubmitAnswerForSignOff command, SignOff signOff, Clock clock) {
        LocalDate today = LegalTime.today(clock);
        requireOpen();
        if (!signOff.requiredIn(agency)) {
            throw new RuleViolation(Rule.SIGN_OFF_NOT_REQUIRED, agency + "的答复无需负责人签发，请直接答复",
                    "answers of " + agency + " need no sign-off: record the answer");
        }
        if (pendingAnswer != null) {
            throw new RuleViolation(Rule.ANSWER_AWAITING_SIGN_OFF,
                    pendingAnswer.by() + "于" + legalDate(pendingAnswer.at()) + "提交的答复尚待负责人签发或退回",
                    "the answer " + pendingAnswer.by() + " submitted on " + legalDate(pendingAnswer.at())
                            + " awaits sign-off or return");
        }
        if (command.outcome().isRecordedBySystem()) {
            throw new RuleViolation(Rule.OUTCOME_NOT_SIGNED_OFF);
        }
        requireAnswerable(command.outcome());
        actionDate(command.answeredOn(), today, "拟答复日期", "proposed answer date");
        apply(new AnswerSubmittedForSignOff(applicationId, command.outcome(), command.legalBasis(),
                command.answeredOn(), command.summary(), command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(AnswerSubmittedForSignOff event) {
        pendingAnswer = event;
    }

    /**
     * 签发: the submitted answer is recorded in the 负责人's name, dated the day of the sign-off ({@code answeredOn}: from
     * the day it was submitted to today), and its timeliness judged on that day, as any answer's.
     */
    @CommandHandler
    void handle(SignOffAnswer command, StatutoryClock statutoryClock, Clock clock, DeadlineManager deadlines) {
        LocalDate today = LegalTime.today(clock);
        AnswerSubmittedForSignOff draft = requirePendingAnswer();
        LocalDate answeredOn = command.answeredOn();
        actionDate(answeredOn, today, "签发（答复）日期", "sign-off (answer) date");
        notBefore(answeredOn, legalDate(draft.at()), "提交签发日期", "the day it was submitted");
        apply(new AnswerSignedOff(applicationId, draft.by(), draft.at(), answeredOn, command.by(), clock.instant()));
        recordAnswer(draft.outcome(), draft.legalBasis(), answeredOn, draft.summary(), command.by(), statutoryClock,
                clock, deadlines);
    }

    @EventSourcingHandler
    void on(AnswerSignedOff event) {
        pendingAnswer = null;
    }

    /** 退回: the draft goes back to the 承办人, who may submit another. */
    @CommandHandler
    void handle(ReturnAnswer command, Clock clock) {
        AnswerSubmittedForSignOff draft = requirePendingAnswer();
        apply(new AnswerReturned(applicationId, draft.by(), command.reason(), command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(AnswerReturned event) {
        pendingAnswer = null;
    }

    private AnswerSubmittedForSignOff requirePendingAnswer() {
        requireOpen();
        if (pendingAnswer == null) {
            throw new RuleViolation(Rule.NO_ANSWER_AWAITING_SIGN_OFF);
        }
        return pendingAnswer;
    }

    private static LocalDate legalDate(Instant instant) {
        return LocalDate.ofInstant(instant, LegalTime.ZONE);
    }

    private static void cancelAllDeadlines(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(Deadlines.SUPPLEMENT_PERIOD);
        deadlines.cancelAllWithinScope(Deadlines.FEE_PAYMENT_PERIOD);
        deadlines.cancelAllWithinScope(Deadlines.ALERT);
    }

    // ---- 行政复议、行政诉讼 (appeals), table 四 --------------------------------------------------------------

    @CommandHandler
    void handle(FileReconsideration command, Clock clock, StatutoryClock statutoryClock, AlertPolicy alerts,
                DeadlineManager deadlines) {
        LocalDate filedOn = command.filedOn();
        requireAppealable(command.appealId(), filedOn, LegalTime.today(clock));
        requireReplyDueAfterFiling(command.replyDueDate(), filedOn);
        apply(new ReconsiderationFiled(applicationId, command.appealId(), filedOn, command.reviewBody(),
                command.replyDueDate(), command.by(), clock.instant()));
        planAppealReplyAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(ReconsiderationFiled event) {
        appeals.put(event.appealId(), new Appeal(AppealKind.RECONSIDERATION, event.filedOn(), null,
                event.replyDueDate()));
    }

    @CommandHandler
    void handle(DecideReconsideration command, Clock clock, StatutoryClock statutoryClock, AlertPolicy alerts,
                DeadlineManager deadlines) {
        requireDecidable(command.appealId(), AppealKind.RECONSIDERATION, command.result(), command.decidedOn(),
                LegalTime.today(clock));
        apply(new ReconsiderationDecided(applicationId, command.appealId(), command.result(), command.decidedOn(),
                command.details(), command.by(), clock.instant()));
        planAppealReplyAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(ReconsiderationDecided event) {
        appeals.computeIfPresent(event.appealId(), (id, appeal) -> appeal.decidedOn(event.decidedOn()));
    }

    @CommandHandler
    void handle(FileLawsuit command, Clock clock, StatutoryClock statutoryClock, AlertPolicy alerts,
                DeadlineManager deadlines) {
        LocalDate filedOn = command.filedOn();
        requireAppealable(command.appealId(), filedOn, LegalTime.today(clock));
        requireReplyDueAfterFiling(command.replyDueDate(), filedOn);
        String reconsiderationId = command.reconsiderationId();
        if (reconsiderationId != null) {
            Appeal reconsideration = appeals.get(reconsiderationId);
            if (reconsideration == null || reconsideration.kind() != AppealKind.RECONSIDERATION) {
                throw new RuleViolation(Rule.UNKNOWN_APPEAL, "没有编号为" + reconsiderationId + "的行政复议",
                        "no reconsideration " + reconsiderationId);
            }
            if (reconsideration.decidedOn() == null) {
                throw new RuleViolation(Rule.RECONSIDERATION_NOT_DECIDED);
            }
            notBefore(filedOn, reconsideration.decidedOn(), "复议决定日期", "the reconsideration decision");
        }
        apply(new LawsuitFiled(applicationId, command.appealId(), filedOn, command.court(), reconsiderationId,
                command.replyDueDate(), command.by(), clock.instant()));
        planAppealReplyAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(LawsuitFiled event) {
        appeals.put(event.appealId(), new Appeal(AppealKind.LITIGATION, event.filedOn(), null, event.replyDueDate()));
    }

    @CommandHandler
    void handle(DecideLawsuit command, Clock clock, StatutoryClock statutoryClock, AlertPolicy alerts,
                DeadlineManager deadlines) {
        requireDecidable(command.appealId(), AppealKind.LITIGATION, command.result(), command.decidedOn(),
                LegalTime.today(clock));
        apply(new LawsuitDecided(applicationId, command.appealId(), command.result(), command.decidedOn(),
                command.details(), command.by(), clock.instant()));
        planAppealReplyAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(LawsuitDecided event) {
        appeals.computeIfPresent(event.appealId(), (id, appeal) -> appeal.decidedOn(event.decidedOn()));
    }

    private void requireAppealable(String appealId, LocalDate filedOn, LocalDate today) {
        if (!closed) {
            throw new RuleViolation(Rule.NOT_CLOSED, "申请尚未办结，不能对答复提起行政复议或行政诉讼",
                    "only an answered (closed) application can be appealed");
        }
        if (appeals.containsKey(appealId)) {
            throw new RuleViolation(Rule.APPEAL_ID_IN_USE, "编号" + appealId + "已被使用",
                    "appeal id " + appealId + " is already used");
        }
        notInFuture(filedOn, today, "立案日期", "filing date");
        notBefore(filedOn, closedOn, "办结日期", "the closing date");
    }

    private void requireDecidable(String appealId, AppealKind kind, disclosure.statute.appeal.AppealResult result,
                                  LocalDate decidedOn, LocalDate today) {
        Appeal appeal = appeals.get(appealId);
        if (appeal == null || appeal.kind() != kind) {
            throw new RuleViolation(Rule.UNKNOWN_APPEAL, "没有编号为" + appealId + "的" + kind.label(),
                    "no " + kind.name().toLowerCase() + " " + appealId);
        }
        if (appeal.decidedOn() != null) {
            throw new RuleViolation(Rule.APPEAL_ALREADY_DECIDED);
        }
        if (!result.canEnd(kind)) {
            throw new RuleViolation(Rule.RESULT_NOT_FOR_APPEAL_KIND,
                    "“" + result.label() + "”不是" + kind.label() + "的结果",
                    result.name() + " cannot end a " + kind.name().toLowerCase());
        }
        notInFuture(decidedOn, today, "审结日期", "decision date");
        notBefore(decidedOn, appeal.filedOn(), "立案日期", "the filing date");
    }

    private static void requireReplyDueAfterFiling(LocalDate replyDueDate, LocalDate filedOn) {
        if (replyDueDate != null && replyDueDate.isBefore(filedOn)) {
            throw new RuleViolation(Rule.REPLY_DUE_BEFORE_FILING,
                    "答复或答辩期限" + replyDueDate + "早于立案日期" + filedOn,
                    "reply due date " + replyDueDate + " is before the filing date " + filedOn);
        }
    }

    /** @param replyDue when the agency's reply (复议答复) or defence (答辩) is due, null if not recorded */
    private record Appeal(AppealKind kind, LocalDate filedOn, LocalDate decidedOn, LocalDate replyDue) {
        Appeal decidedOn(LocalDate date) {
            return new Appeal(kind, filedOn, date, replyDue);
        }
    }

    // ---- 更正 (corrections): history is never edited -----------------------------------------------------------

    @CommandHandler
    void handle(CorrectApplicantCategory command, Clock clock) {
        if (command.category() == category) {
            throw new RuleViolation(Rule.CORRECTION_UNCHANGED, "申请人类别已是" + category.label(),
                    "the category already is " + category);
        }
        apply(new ApplicantCategoryCorrected(applicationId, category, command.category(), command.reason(),
                command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ApplicantCategoryCorrected event) {
        category = event.corrected();
    }

    @CommandHandler
    void handle(CorrectReceiptDate command, Clock clock, StatutoryClock statutoryClock, AlertPolicy alerts,
                DeadlineManager deadlines) {
        LocalDate corrected = deriveReceipt(channel, command.channelDates()).receiptDate();
        notInFuture(corrected, LegalTime.today(clock), "收到申请之日", "receipt date");
        if (corrected.isBefore(REGULATION_IN_FORCE)) {
            throw new RuleViolation(Rule.RECEIPT_BEFORE_REGULATION, "更正后的收到申请之日" + corrected + "早于2019-05-15",
                    "corrected receipt date " + corrected + " is before 2019-05-15");
        }
        if (corrected.equals(receiptDate)) {
            throw new RuleViolation(Rule.CORRECTION_UNCHANGED, "收到申请之日已是" + receiptDate,
                    "the receipt date already is " + receiptDate);
        }
        apply(new ReceiptDateCorrected(applicationId, receiptDate, corrected, command.channelDates(),
                command.reason(), command.by(), clock.instant()));
        planAlerts(statutoryClock, alerts, clock, deadlines);
    }

    @EventSourcingHandler
    void on(ReceiptDateCorrected event) {
        receiptDate = event.corrected();
        clockHistory.apply(event);
    }

    @CommandHandler
    void handle(CorrectOutcome command, Clock clock) {
        if (!closed) {
            throw new RuleViolation(Rule.NOT_CLOSED, "申请尚未办结，没有可更正的办理结果",
                    "the application has no outcome to correct yet");
        }
        if (command.outcome() == outcome) {
            throw new RuleViolation(Rule.CORRECTION_UNCHANGED, "办理结果已是" + outcome.code(),
                    "the outcome already is " + outcome.code());
        }
        apply(new OutcomeCorrected(applicationId, outcome, command.outcome(), command.legalBasis(),
                command.reason(), command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(OutcomeCorrected event) {
        outcome = event.corrected();
    }

    // ---- 预警 (alerts): recorded as events, from durable deadlines re-planned whenever the clock changes -----------

    /**
     * Replaces the application's alert deadlines with those its clock calls for now: N working days before the answer
     * is due and on the first working day after it (only while the clock counts), and before the 补正 notice window
     * closes (only while no notice went out). Each fires at the alert hour of a working day.
     */
    private void planAlerts(StatutoryClock statutoryClock, AlertPolicy alerts, Clock clock, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(Deadlines.ALERT);
        if (closed) {
            return;
        }
        LocalDate today = LegalTime.today(clock);
        ClockReading reading = statutoryClock.read(clockHistory.facts(), today);
        WorkingDayCalendar calendar = statutoryClock.calendar();
        if (reading.phase() == ClockPhase.RUNNING && reading.answerDue().isKnown()) {
            LocalDate due = reading.answerDue().date();
            planLeadAlerts(deadlines, Deadlines.ALERT, alerts, clock, calendar, due, alerts.answerDueSoon(agency),
                    days -> new Deadlines.AlertDue(AlertKind.ANSWER_DUE_SOON, due, days));
            schedule(deadlines, Deadlines.ALERT, alerts, clock, workingDaysBefore(calendar, due, -1),
                    new Deadlines.AlertDue(AlertKind.ANSWER_OVERDUE, due, 0));
        }
        if (!supplementRequested && reading.supplementNoticeDue().isKnown()) {
            LocalDate windowEnds = reading.supplementNoticeDue().date();
            planLeadAlerts(deadlines, Deadlines.ALERT, alerts, clock, calendar, windowEnds,
                    alerts.supplementNoticeClosing(agency),
                    days -> new Deadlines.AlertDue(AlertKind.SUPPLEMENT_NOTICE_WINDOW_CLOSING, windowEnds, days));
        }
    }

    /**
     * Replaces the alerts about appeal replies with those the undecided appeals call for: N working days before the
     * agency's reply to the 复议机关 or its defence to the court is due, where staff recorded that date.
     */
    private void planAppealReplyAlerts(StatutoryClock statutoryClock, AlertPolicy alerts, Clock clock,
                                       DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(Deadlines.APPEAL_REPLY_ALERT);
        appeals.forEach((appealId, appeal) -> {
            if (appeal.decidedOn() == null && appeal.replyDue() != null) {
                planLeadAlerts(deadlines, Deadlines.APPEAL_REPLY_ALERT, alerts, clock, statutoryClock.calendar(),
                        appeal.replyDue(), alerts.appealReplyDueSoon(agency), days -> new Deadlines.AlertDue(
                                AlertKind.APPEAL_REPLY_DUE_SOON, appeal.replyDue(), days, appealId));
            }
        });
    }

    /**
     * Alerts {@code days} working days before a deadline. Where that day has already begun (the clock moved, or the
     * application was imported late), only the most urgent one is recorded, at once, if the deadline is still ahead.
     */
    private void planLeadAlerts(DeadlineManager deadlines, String deadlineName, AlertPolicy alerts, Clock clock,
                                WorkingDayCalendar calendar, LocalDate deadline, List<Integer> leadDays,
                                IntFunction<Deadlines.AlertDue> alertOf) {
        LocalDate today = LegalTime.today(clock);
        Deadlines.AlertDue mostUrgentPassed = null;
        for (int days : leadDays) {
            LocalDate fireOn = workingDaysBefore(calendar, deadline, days);
            Deadlines.AlertDue alert = alertOf.apply(days);
            if (fireOn != null && fireOn.isBefore(today)) {
                if (mostUrgentPassed == null || days < mostUrgentPassed.workingDaysLeft()) {
                    mostUrgentPassed = alert;
                }
            } else {
                schedule(deadlines, deadlineName, alerts, clock, fireOn, alert);
            }
        }
        if (mostUrgentPassed != null && !deadline.isBefore(today)) {
            schedule(deadlines, deadlineName, alerts, clock, today, mostUrgentPassed);
        }
    }

    /** Schedules the alert at the alert hour of {@code fireOn}, or at once if that moment has passed. */
    private void schedule(DeadlineManager deadlines, String deadlineName, AlertPolicy alerts, Clock clock,
                          LocalDate fireOn, Deadlines.AlertDue alert) {
        if (fireOn == null || alerted(alert)) {
            return;
        }
        Instant at = LegalTime.startOf(fireOn, alerts.hour());
        deadlines.schedule(at.isBefore(clock.instant()) ? clock.instant() : at, deadlineName, alert);
    }

    /**
     * The working day from which {@code days} working days remain until {@code deadline} (for a negative number, the
     * first working day after it); null where the calendar of the year is not loaded.
     */
    private static LocalDate workingDaysBefore(WorkingDayCalendar calendar, LocalDate deadline, int days) {
        try {
            if (days < 0) {
                return calendar.addWorkingDays(deadline, 1);
            }
            LocalDate day = deadline;
            for (int left = days; left > 0; ) {
                day = day.minusDays(1);
                if (calendar.isWorkingDay(day)) {
                    left--;
                }
            }
            return day;
        } catch (CalendarYearUnknownException e) {
            return null;
        }
    }

    /** Records the alert if it still holds: the application is open and the deadline has not moved or passed. */
    @DeadlineHandler(deadlineName = Deadlines.ALERT)
    void alertDue(Deadlines.AlertDue alert, StatutoryClock statutoryClock, Clock clock) {
        if (closed || alerted(alert)) {
            return;
        }
        LocalDate today = LegalTime.today(clock);
        int left = workingDaysLeft(statutoryClock.calendar(), today, alert);
        ClockReading reading = statutoryClock.read(clockHistory.facts(), today);
        boolean answerClockAt = reading.phase() == ClockPhase.RUNNING && reading.answerDue().isKnown()
                && reading.answerDue().date().equals(alert.deadline());
        switch (alert.kind()) {
            case ANSWER_DUE_SOON -> {
                if (answerClockAt && !today.isAfter(alert.deadline())) {
                    apply(new AnswerDueSoon(applicationId, alert.deadline(), left, ApplicationEvent.SYSTEM,
                            clock.instant()));
                }
            }
            case ANSWER_OVERDUE -> {
                if (answerClockAt && today.isAfter(alert.deadline())) {
                    apply(new AnswerOverdue(applicationId, alert.deadline(), ApplicationEvent.SYSTEM, clock.instant()));
                }
            }
            case SUPPLEMENT_NOTICE_WINDOW_CLOSING -> {
                if (!supplementRequested && !today.isAfter(alert.deadline())) {
                    apply(new SupplementNoticeWindowClosing(applicationId, alert.deadline(), left,
                            ApplicationEvent.SYSTEM, clock.instant()));
                }
            }
            default -> {
                // expiries are closing events of their own
            }
        }
    }

    /** Records the alert if the appeal is still undecided and its reply is still due on the day planned. */
    @DeadlineHandler(deadlineName = Deadlines.APPEAL_REPLY_ALERT)
    void appealReplyAlertDue(Deadlines.AlertDue alert, StatutoryClock statutoryClock, Clock clock) {
        Appeal appeal = appeals.get(alert.appealId());
        LocalDate today = LegalTime.today(clock);
        if (appeal == null || appeal.decidedOn() != null || !alert.deadline().equals(appeal.replyDue())
                || alerted(alert) || today.isAfter(alert.deadline())) {
            return;
        }
        apply(new AppealReplyDueSoon(applicationId, alert.appealId(), alert.deadline(),
                workingDaysLeft(statutoryClock.calendar(), today, alert), ApplicationEvent.SYSTEM, clock.instant()));
    }

    /**
     * Whether staff were already told of this deadline as urgently or more: an alert of the same kind about the same
     * deadline with as few working days left, or fewer. (An alert recorded late says the days actually left, so a
     * "5 days" alert sent on the third day before stands for the 5-day one, and the 1-day one still follows.)
     */
    private boolean alerted(Deadlines.AlertDue alert) {
        return alertsRecorded.stream().anyMatch(recorded -> recorded.kind() == alert.kind()
                && recorded.deadline().equals(alert.deadline())
                && Objects.equals(recorded.appealId(), alert.appealId())
                && recorded.workingDaysLeft() <= alert.workingDaysLeft());
    }

    /**
     * The working days from {@code today} (exclusive) to the deadline (inclusive), as the alert says them: on its
     * planned day that is its lead; recorded later (the application imported, the service down over its day), what
     * is actually left. Never more than the lead; the lead where the calendar does not reach the deadline.
     */
    private static int workingDaysLeft(WorkingDayCalendar calendar, LocalDate today, Deadlines.AlertDue alert) {
        int left = 0;
        try {
            for (LocalDate day = today.plusDays(1); !day.isAfter(alert.deadline()); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day) && ++left >= alert.workingDaysLeft()) {
                    return alert.workingDaysLeft();
                }
            }
        } catch (CalendarYearUnknownException e) {
            return alert.workingDaysLeft();
        }
        return left;
    }

    @EventSourcingHandler
    void on(AnswerDueSoon event, @MessageIdentifier String eventId) {
        alertsRecorded.add(new Deadlines.AlertDue(AlertKind.ANSWER_DUE_SOON, event.deadline(), event.workingDaysLeft()));
        rememberAlert(event, eventId);
    }

    @EventSourcingHandler
    void on(AnswerOverdue event, @MessageIdentifier String eventId) {
        alertsRecorded.add(new Deadlines.AlertDue(AlertKind.ANSWER_OVERDUE, event.deadline(), 0));
        rememberAlert(event, eventId);
    }

    @EventSourcingHandler
    void on(SupplementNoticeWindowClosing event, @MessageIdentifier String eventId) {
        alertsRecorded.add(new Deadlines.AlertDue(AlertKind.SUPPLEMENT_NOTICE_WINDOW_CLOSING, event.deadline(),
                event.workingDaysLeft()));
        rememberAlert(event, eventId);
    }

    @EventSourcingHandler
    void on(AppealReplyDueSoon event, @MessageIdentifier String eventId) {
        alertsRecorded.add(new Deadlines.AlertDue(AlertKind.APPEAL_REPLY_DUE_SOON, event.deadline(),
                event.workingDaysLeft(), event.appealId()));
        rememberAlert(event, eventId);
    }

    /** Keeps the id of an event that is an alert (see {@link AlertFacts}), so that it can be acknowledged. */
    private void rememberAlert(ApplicationEvent event, String eventId) {
        if (AlertFacts.of(event).isPresent()) {
            acknowledgements.put(eventId, null);
        }
    }

    /**
     * 预警已阅: who saw the alert, and when. Once per alert: a second acknowledgement is refused and names the first.
     * Also after closing (the 6.1 / 6.2 closings are alerts themselves).
     */
    @CommandHandler
    void handle(AcknowledgeAlert command, Clock clock) {
        if (!acknowledgements.containsKey(command.alertId())) {
            throw new RuleViolation(Rule.UNKNOWN_ALERT, "申请" + applicationId + "没有编号为" + command.alertId() + "的预警",
                    "application " + applicationId + " has no alert " + command.alertId());
        }
        AlertAcknowledged earlier = acknowledgements.get(command.alertId());
        if (earlier != null) {
            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(LegalTime.ZONE)
                    .format(earlier.at());
            throw new RuleViolation(Rule.ALERT_ALREADY_ACKNOWLEDGED,
                    "该预警已由" + earlier.by() + "于" + when + "（北京时间）确认",
                    "acknowledged by " + earlier.by() + " at " + earlier.at());
        }
        apply(new AlertAcknowledged(applicationId, command.alertId(), command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(AlertAcknowledged event) {
        acknowledgements.put(event.alertId(), event);
    }

    // ---- rules shared by many commands ----------------------------------------------------------------------

    private void requireOpen() {
        if (closed) {
            throw new RuleViolation(Rule.APPLICATION_CLOSED,
                    "申请已于" + closedOn + "办结（" + outcome.code() + " " + outcome.label() + "）",
                    "the application was closed on " + closedOn + " as " + outcome.code());
        }
    }

    private void requireAnswerPeriodRunning() {
        if (awaitingSupplement) {
            throw new RuleViolation(Rule.AWAITING_SUPPLEMENT,
                    "正在等待补正（补正期限" + supplementDueDate + "），答复期限自收到补正材料之日起重新计算",
                    "a supplement is awaited until " + supplementDueDate);
        }
    }

    /** A date of something staff did: on or after the receipt date, and not in the future. */
    private void actionDate(LocalDate date, LocalDate today, String nameZh, String nameEn) {
        notInFuture(date, today, nameZh, nameEn);
        if (date.isBefore(receiptDate)) {
            throw new RuleViolation(Rule.DATE_BEFORE_RECEIPT,
                    nameZh + date + "早于收到申请之日" + receiptDate,
                    nameEn + " " + date + " is before the receipt date " + receiptDate);
        }
    }

    private static void notInFuture(LocalDate date, LocalDate today, String nameZh, String nameEn) {
        if (date.isAfter(today)) {
            throw new RuleViolation(Rule.DATE_IN_FUTURE, nameZh + date + "晚于今天（" + today + "）",
                    nameEn + " " + date + " is after today (" + today + ")");
        }
    }

    private static void notBefore(LocalDate date, LocalDate earliest, String earliestZh, String earliestEn) {
        if (date.isBefore(earliest)) {
            throw new RuleViolation(Rule.DATE_OUT_OF_ORDER, date + "早于" + earliestZh + earliest,
                    date + " is before " + earliestEn + " " + earliest);
        }
    }
}
