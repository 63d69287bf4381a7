package disclosure.command.http;

import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.command.application.ActingAgency;
import disclosure.command.application.ActingRoles;
import disclosure.access.service.ActingUser;
import disclosure.access.service.AgencyScope;
import disclosure.access.service.Requires;
import disclosure.access.service.StaffTokenFilter;
import disclosure.command.http.ApplicationRequests.ApproveExtensionBody;
import disclosure.command.http.ApplicationRequests.CorrectCategoryBody;
import disclosure.command.http.ApplicationRequests.CorrectOutcomeBody;
import disclosure.command.http.ApplicationRequests.CorrectReceiptDateBody;
import disclosure.command.http.ApplicationRequests.DecideAppealBody;
import disclosure.command.http.ApplicationRequests.DecisionReasonBody;
import disclosure.command.http.ApplicationRequests.EndConsultationBody;
import disclosure.command.http.ApplicationRequests.ExtendAnswerPeriodBody;
import disclosure.command.http.ApplicationRequests.FileLawsuitBody;
import disclosure.command.http.ApplicationRequests.FileReconsiderationBody;
import disclosure.command.http.ApplicationRequests.IssueFeeNoticeBody;
import disclosure.command.http.ApplicationRequests.ReceiveApplicationBody;
import disclosure.command.http.ApplicationRequests.ReceiveSupplementBody;
import disclosure.command.http.ApplicationRequests.RecordAnswerBody;
import disclosure.command.http.ApplicationRequests.RecordFeePaymentBody;
import disclosure.command.http.ApplicationRequests.RequestExtensionBody;
import disclosure.command.http.ApplicationRequests.RequestReasonsBody;
import disclosure.command.http.ApplicationRequests.RequestSupplementBody;
import disclosure.command.http.ApplicationRequests.SetDelayedAnswerDateBody;
import disclosure.command.http.ApplicationRequests.SignOffAnswerBody;
import disclosure.command.http.ApplicationRequests.StartConsultationBody;
import disclosure.command.http.ApplicationRequests.WithdrawApplicationBody;
import disclosure.contract.alert.AcknowledgeAlert;
import disclosure.contract.approval.ApproveExtension;
import disclosure.contract.approval.DeclineExtension;
import disclosure.contract.approval.RequestExtension;
import disclosure.contract.approval.ReturnAnswer;
import disclosure.contract.approval.SignOffAnswer;
import disclosure.contract.approval.SubmitAnswerForSignOff;
import disclosure.contract.appeal.DecideLawsuit;
import disclosure.contract.appeal.DecideReconsideration;
import disclosure.contract.appeal.FileLawsuit;
import disclosure.contract.appeal.FileReconsideration;
import disclosure.contract.clock.EndConsultation;
import disclosure.contract.clock.ExtendAnswerPeriod;
import disclosure.contract.clock.RequestReasons;
import disclosure.contract.clock.SetDelayedAnswerDate;
import disclosure.contract.clock.StartConsultation;
import disclosure.contract.closing.RecordAnswer;
import disclosure.contract.closing.WithdrawApplication;
import disclosure.contract.correction.CorrectApplicantCategory;
import disclosure.contract.correction.CorrectOutcome;
import disclosure.contract.correction.CorrectReceiptDate;
import disclosure.contract.fee.IssueFeeNotice;
import disclosure.contract.fee.RecordFeePayment;
import disclosure.contract.intake.ReceiveApplication;
import disclosure.contract.supplement.ReceiveSupplement;
import disclosure.contract.supplement.RequestSupplement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static disclosure.command.http.ApplicationRequests.ID_PATTERN;

/**
 * One endpoint per command on a 依申请公开申请. Every success answers with the application id, its version (for
 * {@code If-Match}) and the global position of its last stored event (for read-your-writes on the query side).
 * The acting user is the member of staff whose token came with the request (service-access: 401 without one, 403
 * for a role the command's {@link StaffAction} does not allow or an application of another agency). A command sent with an
 * {@code Idempotency-Key} header is carried out at most once, however often it is sent ({@link CommandKeys}).
 */
@RestController
@Validated
@RequestMapping(path = "/api/applications", produces = "application/json")
@Tag(name = "依申请公开申请", description = "Commands on applications for disclosure of government information")
public class ApplicationCommandController {
    private final CommandGateway commands;
    private final EventLog eventLog;
    private final CommandKeys commandKeys;
    private final HttpServletRequest request;

    public ApplicationCommandController(CommandGateway commands, EventLog eventLog, CommandKeys commandKeys,
                                        HttpServletRequest request) {
        this.commands = commands;
        this.eventLog = eventLog;
        this.commandKeys = commandKeys;
        this.request = request;
    }

    @Requires(StaffAction.RECEIVE_APPLICATION)
    @PostMapping(consumes = "application/json")
    @Operation(summary = "登记申请 (Art 29, 31)", description = "Logs an application; derives the legal receipt date "
            + "from the channel and its dates and assigns the case number.")
    public ResponseEntity<CommandAccepted> receive(@Parameter(hidden = true) @ActingUser String user,
                                                   @Valid @RequestBody ReceiveApplicationBody body) {
        AgencyScope.require(StaffTokenFilter.identityOf(request), body.agency().strip());
        String id = generatedId("application");
        Outcome outcome = once(id, new ReceiveApplication(id, body.agency().strip(), null, body.channel(),
                body.channelDates().toChannelDates(), body.category(), body.applicant().toApplicant(),
                body.requestedInformation(), body.deliveryForm(), user));
        return outcome.respond(ResponseEntity.status(HttpStatus.CREATED), new CommandAccepted(id,
                eventLog.caseNumberOf(id), outcome.position().version(), outcome.position().position(), null, null));
    }

    @Requires(StaffAction.REQUEST_SUPPLEMENT)
    @PostMapping(path = "/{applicationId}/supplement-request", consumes = "application/json")
    @Operation(summary = "补正告知 (Art 30)", description = "Once, within 7 working days of receipt.")
    public ResponseEntity<CommandAccepted> requestSupplement(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @Parameter(description = "expected version") @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RequestSupplementBody body) {
        return send(applicationId, ifMatch, v -> new RequestSupplement(applicationId, v, body.noticeDate(),
                body.missingItems(), body.supplementDueDate(), user));
    }

    @Requires(StaffAction.RECEIVE_SUPPLEMENT)
    @PostMapping(path = "/{applicationId}/supplement", consumes = "application/json")
    @Operation(summary = "收到补正材料 (Art 30)", description = "The 20-working-day period restarts from this date.")
    public ResponseEntity<CommandAccepted> receiveSupplement(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReceiveSupplementBody body) {
        return send(applicationId, ifMatch, v -> new ReceiveSupplement(applicationId, v, body.receivedOn(), user));
    }

    @Requires(StaffAction.EXTEND_ANSWER_PERIOD)
    @PostMapping(path = "/{applicationId}/extension", consumes = "application/json")
    @Operation(summary = "延长答复期限 (Art 33)", description = "Once, at most 20 working days, with the approver.")
    public ResponseEntity<CommandAccepted> extend(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ExtendAnswerPeriodBody body) {
        return send(applicationId, ifMatch, v -> new ExtendAnswerPeriod(applicationId, v, body.workingDays(),
                body.approvedBy(), body.decidedOn(), body.reason(), user));
    }

    @Requires(StaffAction.REQUEST_EXTENSION)
    @PostMapping(path = "/{applicationId}/extension-request", consumes = "application/json")
    @Operation(summary = "申请延长答复期限 (Art 33)", description = "The handler asks the supervisor to extend the "
            + "answer period (1–20 working days, with the reason); allowed where an extension could be recorded today "
            + "and no other request waits. The request lapses when the application closes.")
    public ResponseEntity<CommandAccepted> requestExtension(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RequestExtensionBody body) {
        return send(applicationId, ifMatch, v -> new RequestExtension(applicationId, v, body.workingDays(),
                body.reason(), user));
    }

    @Requires(StaffAction.DECIDE_EXTENSION)
    @PostMapping(path = "/{applicationId}/extension-request/approve", consumes = "application/json")
    @Operation(summary = "批准延期申请 (Art 33)", description = "Records the extension asked for, approved by the "
            + "supervisor whose token comes with the request, decided on decidedOn (from the day of the request to "
            + "today, within the answer period).")
    public ResponseEntity<CommandAccepted> approveExtension(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ApproveExtensionBody body) {
        StaffIdentity staff = StaffTokenFilter.identityOf(request);
        String approver = staff.displayName() == null || staff.displayName().isBlank() ? user : staff.displayName();
        return send(applicationId, ifMatch, v -> new ApproveExtension(applicationId, v, body.decidedOn(), approver,
                user));
    }

    @Requires(StaffAction.DECIDE_EXTENSION)
    @PostMapping(path = "/{applicationId}/extension-request/decline", consumes = "application/json")
    @Operation(summary = "不批准延期申请 (Art 33)", description = "Declines the pending request, with the reason.")
    public ResponseEntity<CommandAccepted> declineExtension(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DecisionReasonBody body) {
        return send(applicationId, ifMatch, v -> new DeclineExtension(applicationId, v, body.reason(), user));
    }

    @Requires(StaffAction.START_CONSULTATION)
    @PostMapping(path = "/{applicationId}/consultations", consumes = "application/json")
    @Operation(summary = "征求意见 (Art 32, 34)", description = "The time until the consultation ends is excluded "
            + "from the answer clock.")
    public ResponseEntity<CommandAccepted> startConsultation(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody StartConsultationBody body) {
        String consultationId = body.consultationId() != null ? body.consultationId() : generatedId("consultation");
        ResponseEntity<CommandAccepted> response = send(applicationId, ifMatch, v -> new StartConsultation(
                applicationId, v, consultationId, body.kind(), body.consultedParty(), body.sentOn(), user));
        return withBody(response, response.getBody().withConsultationId(consultationId));
    }

    @Requires(StaffAction.END_CONSULTATION)
    @PostMapping(path = "/{applicationId}/consultations/{consultationId}/end", consumes = "application/json")
    @Operation(summary = "征求意见结束 (Art 32, 34)")
    public ResponseEntity<CommandAccepted> endConsultation(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @PathVariable @Pattern(regexp = ID_PATTERN) String consultationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody EndConsultationBody body) {
        return send(applicationId, ifMatch, v -> new EndConsultation(applicationId, v, consultationId,
                body.endedOn(), body.opinion(), user));
    }

    @Requires(StaffAction.REQUEST_REASONS)
    @PostMapping(path = "/{applicationId}/reasons-request", consumes = "application/json")
    @Operation(summary = "要求说明理由 (Art 35)")
    public ResponseEntity<CommandAccepted> requestReasons(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RequestReasonsBody body) {
        return send(applicationId, ifMatch, v -> new RequestReasons(applicationId, v, body.requestedOn(),
                body.note(), user));
    }

    @Requires(StaffAction.SET_DELAYED_ANSWER_DATE)
    @PostMapping(path = "/{applicationId}/delayed-answer-date", consumes = "application/json")
    @Operation(summary = "确定延迟答复期限 (Art 35)")
    public ResponseEntity<CommandAccepted> setDelayedAnswerDate(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SetDelayedAnswerDateBody body) {
        return send(applicationId, ifMatch, v -> new SetDelayedAnswerDate(applicationId, v, body.answerBy(),
                body.decidedOn(), body.reason(), user));
    }

    @Requires(StaffAction.ISSUE_FEE_NOTICE)
    @PostMapping(path = "/{applicationId}/fee-notice", consumes = "application/json")
    @Operation(summary = "收费通知 (国办函〔2020〕109号)", description = "The applicant has 20 working days to pay; "
            + "unpaid, the application closes as 6.2 by itself.")
    public ResponseEntity<CommandAccepted> issueFeeNotice(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody IssueFeeNoticeBody body) {
        return send(applicationId, ifMatch, v -> new IssueFeeNotice(applicationId, v, body.amountYuan(),
                body.issuedOn(), body.basis(), user));
    }

    @Requires(StaffAction.RECORD_FEE_PAYMENT)
    @PostMapping(path = "/{applicationId}/fee-payment", consumes = "application/json")
    @Operation(summary = "缴费 (109号)")
    public ResponseEntity<CommandAccepted> recordFeePayment(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RecordFeePaymentBody body) {
        return send(applicationId, ifMatch, v -> new RecordFeePayment(applicationId, v, body.paidOn(), user));
    }

    @Requires(StaffAction.RECORD_ANSWER)
    @PostMapping(path = "/{applicationId}/answer", consumes = "application/json")
    @Operation(summary = "答复 (Art 36–39)", description = "Closes the application with one of the 22 outcome codes; "
            + "an answer after the due date is recorded and marked late.")
    public ResponseEntity<CommandAccepted> answer(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RecordAnswerBody body) {
        return send(applicationId, ifMatch, v -> new RecordAnswer(applicationId, v, body.outcome(),
                body.legalBasis(), body.answeredOn(), body.summary(), user));
    }

    @Requires(StaffAction.RECORD_ANSWER)
    @PostMapping(path = "/{applicationId}/answer-draft", consumes = "application/json")
    @Operation(summary = "提交签发", description = "Where the agency requires the supervisor's sign-off "
            + "(DISCLOSURE_SIGN_OFF_AGENCIES), the handler's answer (the body of /answer) waits for it; the clock runs "
            + "on meanwhile. Elsewhere 409 SIGN_OFF_NOT_REQUIRED.")
    public ResponseEntity<CommandAccepted> submitAnswerForSignOff(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RecordAnswerBody body) {
        return send(applicationId, ifMatch, v -> new SubmitAnswerForSignOff(applicationId, v, body.outcome(),
                body.legalBasis(), body.answeredOn(), body.summary(), user));
    }

    @Requires(StaffAction.SIGN_OFF_ANSWER)
    @PostMapping(path = "/{applicationId}/answer-draft/sign-off", consumes = "application/json")
    @Operation(summary = "签发答复", description = "Records the submitted answer in the supervisor's name, dated "
            + "answeredOn (the day of the sign-off: from the day it was submitted to today); closes the application.")
    public ResponseEntity<CommandAccepted> signOffAnswer(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SignOffAnswerBody body) {
        return send(applicationId, ifMatch, v -> new SignOffAnswer(applicationId, v, body.answeredOn(), user));
    }

    @Requires(StaffAction.SIGN_OFF_ANSWER)
    @PostMapping(path = "/{applicationId}/answer-draft/return", consumes = "application/json")
    @Operation(summary = "退回答复", description = "Returns the submitted answer to the handler, with the reason; "
            + "they may submit another.")
    public ResponseEntity<CommandAccepted> returnAnswer(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DecisionReasonBody body) {
        return send(applicationId, ifMatch, v -> new ReturnAnswer(applicationId, v, body.reason(), user));
    }

    @Requires(StaffAction.WITHDRAW_APPLICATION)
    @PostMapping(path = "/{applicationId}/withdrawal", consumes = "application/json")
    @Operation(summary = "撤回申请", description = "Closes the application as 6.3.")
    public ResponseEntity<CommandAccepted> withdraw(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody WithdrawApplicationBody body) {
        return send(applicationId, ifMatch, v -> new WithdrawApplication(applicationId, v, body.withdrawnOn(),
                body.reason(), user));
    }

    @Requires(StaffAction.FILE_APPEAL)
    @PostMapping(path = "/{applicationId}/reconsiderations", consumes = "application/json")
    @Operation(summary = "行政复议立案")
    public ResponseEntity<CommandAccepted> fileReconsideration(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody FileReconsiderationBody body) {
        String appealId = body.appealId() != null ? body.appealId() : generatedId("appeal");
        ResponseEntity<CommandAccepted> response = send(applicationId, ifMatch, v -> new FileReconsideration(
                applicationId, v, appealId, body.filedOn(), body.reviewBody(), body.replyDueDate(), user));
        return withBody(response, response.getBody().withAppealId(appealId));
    }

    @Requires(StaffAction.DECIDE_APPEAL)
    @PostMapping(path = "/{applicationId}/reconsiderations/{appealId}/decision", consumes = "application/json")
    @Operation(summary = "行政复议决定")
    public ResponseEntity<CommandAccepted> decideReconsideration(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @PathVariable @Pattern(regexp = ID_PATTERN) String appealId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DecideAppealBody body) {
        return send(applicationId, ifMatch, v -> new DecideReconsideration(applicationId, v, appealId,
                body.result(), body.decidedOn(), body.details(), user));
    }

    @Requires(StaffAction.FILE_APPEAL)
    @PostMapping(path = "/{applicationId}/lawsuits", consumes = "application/json")
    @Operation(summary = "行政诉讼立案", description = "Directly, or after a decided reconsideration "
            + "(reconsiderationId).")
    public ResponseEntity<CommandAccepted> fileLawsuit(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody FileLawsuitBody body) {
        String appealId = body.appealId() != null ? body.appealId() : generatedId("appeal");
        ResponseEntity<CommandAccepted> response = send(applicationId, ifMatch, v -> new FileLawsuit(
                applicationId, v, appealId, body.filedOn(), body.court(), body.reconsiderationId(),
                body.replyDueDate(), user));
        return withBody(response, response.getBody().withAppealId(appealId));
    }

    @Requires(StaffAction.DECIDE_APPEAL)
    @PostMapping(path = "/{applicationId}/lawsuits/{appealId}/decision", consumes = "application/json")
    @Operation(summary = "行政诉讼裁判")
    public ResponseEntity<CommandAccepted> decideLawsuit(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @PathVariable @Pattern(regexp = ID_PATTERN) String appealId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody DecideAppealBody body) {
        return send(applicationId, ifMatch, v -> new DecideLawsuit(applicationId, v, appealId, body.result(),
                body.decidedOn(), body.details(), user));
    }

    @Requires(StaffAction.CORRECT)
    @PostMapping(path = "/{applicationId}/corrections/category", consumes = "application/json")
    @Operation(summary = "更正申请人类别")
    public ResponseEntity<CommandAccepted> correctCategory(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CorrectCategoryBody body) {
        return send(applicationId, ifMatch, v -> new CorrectApplicantCategory(applicationId, v, body.category(),
                body.reason(), user));
    }

    @Requires(StaffAction.CORRECT)
    @PostMapping(path = "/{applicationId}/corrections/receipt-date", consumes = "application/json")
    @Operation(summary = "更正收到申请日期")
    public ResponseEntity<CommandAccepted> correctReceiptDate(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CorrectReceiptDateBody body) {
        return send(applicationId, ifMatch, v -> new CorrectReceiptDate(applicationId, v,
                body.channelDates().toChannelDates(), body.reason(), user));
    }

    @Requires(StaffAction.CORRECT)
    @PostMapping(path = "/{applicationId}/corrections/outcome", consumes = "application/json")
    @Operation(summary = "更正办理结果")
    public ResponseEntity<CommandAccepted> correctOutcome(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CorrectOutcomeBody body) {
        return send(applicationId, ifMatch, v -> new CorrectOutcome(applicationId, v, body.outcome(),
                body.legalBasis(), body.reason(), user));
    }

    @Requires(StaffAction.ACKNOWLEDGE_ALERT)
    @PostMapping(path = "/{applicationId}/alerts/{alertId}/acknowledge")
    @Operation(summary = "确认预警（已阅）", description = "Records who saw the alert and when; once per alert, a second "
            + "acknowledgement answers 409 naming the first. No body.")
    public ResponseEntity<CommandAccepted> acknowledgeAlert(
            @PathVariable @Pattern(regexp = ID_PATTERN) String applicationId,
            @PathVariable @Pattern(regexp = ID_PATTERN) String alertId,
            @Parameter(hidden = true) @ActingUser String user,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(applicationId, ifMatch, v -> new AcknowledgeAlert(applicationId, v, alertId, user));
    }

    private ResponseEntity<CommandAccepted> send(String applicationId, String ifMatch, Function<Long, Object> command) {
        Long expected = ExpectedVersion.parse(ifMatch);
        Outcome outcome;
        try {
            outcome = once(applicationId, command.apply(expected));
        } catch (RuntimeException e) {
            throw ExpectedVersion.staleOr(e, expected, () -> eventLog.lastOf(applicationId).version());
        }
        return outcome.respond(ResponseEntity.ok(), new CommandAccepted(applicationId, null,
                outcome.position().version(), outcome.position().position(), null, null));
    }

    /** Where a command's events landed, and whether it was carried out now or answered from its first run. */
    private record Outcome(EventLog.Position position, boolean replayed) {
        ResponseEntity<CommandAccepted> respond(ResponseEntity.BodyBuilder response, CommandAccepted body) {
            if (replayed) {
                response.header("Idempotent-Replayed", "true");
            }
            return response.eTag(Long.toString(position.version())).body(body);
        }
    }

    /**
     * Carries the command out, once per {@link CommandKeys Idempotency-Key}: a key already recorded answers where
     * the first run's events landed, without running the command again.
     */
    private Outcome once(String applicationId, Object command) {
        StaffIdentity staff = StaffTokenFilter.identityOf(request);
        Map<String, Object> scope = new HashMap<>(ActingAgency.metaData(staff.agency()));
        scope.putAll(ActingRoles.metaData(staff.roles()));
        String key = CommandKeys.keyOf(request.getHeader(CommandKeys.HEADER));
        if (key == null) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(scope));
            return new Outcome(eventLog.lastOf(applicationId), false);
        }
        String user = staff.userId();
        String target = request.getMethod() + " " + request.getRequestURI();
        Optional<EventLog.Position> previous = commandKeys.previous(key, user, target, applicationId);
        if (previous.isPresent()) {
            return new Outcome(previous.get(), true);
        }
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(CommandKeys.metaData(key, user, target, applicationId)).andMetaData(scope));
            return new Outcome(eventLog.lastOf(applicationId), false);
        } catch (RuntimeException e) {
            if (CommandKeys.takenMeanwhile(e)) {
                return new Outcome(commandKeys.previous(key, user, target, applicationId).orElseThrow(() -> e), true);
            }
            throw e;
        }
    }

    private String generatedId(String what) {
        return CommandKeys.generatedId(CommandKeys.keyOf(request.getHeader(CommandKeys.HEADER)), what);
    }

    private static ResponseEntity<CommandAccepted> withBody(ResponseEntity<CommandAccepted> response,
                                                            CommandAccepted body) {
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(body);
    }
}
