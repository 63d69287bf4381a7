package disclosure.command.ledger;

import disclosure.command.http.ApplicationRequests;
import disclosure.contract.appeal.DecideLawsuit;
import disclosure.contract.appeal.DecideReconsideration;
import disclosure.contract.appeal.FileLawsuit;
import disclosure.contract.appeal.FileReconsideration;
import disclosure.contract.clock.ConsultationKind;
import disclosure.contract.clock.EndConsultation;
import disclosure.contract.clock.ExtendAnswerPeriod;
import disclosure.contract.clock.StartConsultation;
import disclosure.contract.closing.RecordAnswer;
import disclosure.contract.fee.IssueFeeNotice;
import disclosure.contract.fee.RecordFeePayment;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.DeliveryForm;
import disclosure.contract.intake.ReceiveApplication;
import disclosure.contract.supplement.ReceiveSupplement;
import disclosure.contract.supplement.RequestSupplement;
import disclosure.statute.appeal.AppealKind;
import disclosure.statute.appeal.AppealResult;
import disclosure.statute.appeal.ResultClass;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;
import disclosure.statute.outcome.Outcome;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns one 台账 line into the very commands staff would have given, in order, so that every rule of the aggregate
 * applies to imported history too. Only the shape of the line is checked here; the law is checked by the aggregate.
 */
final class LedgerTranslator {
    private static final String NOT_RECORDED = "（台账未载明）";
    /** 案件编号: as the case-number register and the read models keep it. */
    static final int MAX_CASE_NO = 40;

    private LedgerTranslator() {
    }

    static List<Object> commands(LedgerEntry entry, String applicationId, String user) {
        require(entry.agency(), "agency");
        require(entry.caseNo(), "caseNo");
        require(entry.receivedOn(), "receivedOn");
        require(entry.applicant(), "applicant");
        require(entry.applicant().name(), "applicant.name");
        require(entry.description(), "description");
        limit(entry.agency().strip(), ApplicationRequests.AGENCY_MAX, "agency");
        limit(entry.caseNo().strip(), MAX_CASE_NO, "caseNo");
        limit(entry.applicant().name(), ApplicationRequests.APPLICANT_NAME_MAX, "applicant.name");
        limit(entry.applicant().idNumber(), ApplicationRequests.ID_DOCUMENT_NUMBER_MAX, "applicant.idNumber");
        limit(entry.applicant().phone(), ApplicationRequests.PHONE_MAX, "applicant.phone");
        limit(entry.applicant().address(), ApplicationRequests.ADDRESS_MAX, "applicant.address");
        limit(entry.description(), ApplicationRequests.REQUESTED_INFORMATION_MAX, "description");
        Channel channel = channel(entry.channel());
        List<Object> commands = new ArrayList<>();
        commands.add(new ReceiveApplication(applicationId, entry.agency().strip(), entry.caseNo().strip(), channel,
                channelDates(channel, entry.receivedOn()),
                value(ApplicantCategory.class, entry.applicantCategory(), "applicantCategory"),
                new Applicant(entry.applicant().name(), entry.applicant().idNumber(), entry.applicant().phone(),
                        entry.applicant().address(), null),
                entry.description(),
                entry.deliveryForm() == null ? DeliveryForm.NOT_RECORDED
                        : value(DeliveryForm.class, entry.deliveryForm(), "deliveryForm"),
                user));

        LocalDate previous = entry.receivedOn();
        Deque<String> openConsultations = new ArrayDeque<>();
        Map<String, AppealKind> appeals = new HashMap<>();
        String lastDecidedReconsideration = null;
        List<LedgerEntry.Step> steps = entry.steps() == null ? List.of() : entry.steps();
        for (int i = 0; i < steps.size(); i++) {
            LedgerEntry.Step step = steps.get(i);
            String where = "steps[" + i + "]";
            require(step.type(), where + ".type");
            require(step.on(), where + ".on");
            if (step.on().isBefore(previous)) {
                throw new LedgerLineRefused("STEPS_OUT_OF_ORDER", where + " 的日期 " + step.on() + " 早于前一步 " + previous,
                        where + " dated " + step.on() + " is before the previous step (" + previous + ")");
            }
            previous = step.on();
            limit(step.missing(), ApplicationRequests.MISSING_ITEMS_MAX, where + ".missing");
            limit(step.approvedBy(), ApplicationRequests.APPROVED_BY_MAX, where + ".approvedBy");
            limit(step.name(), ApplicationRequests.CONSULTED_PARTY_MAX, where + ".name");
            limit(step.basis(), ApplicationRequests.LEGAL_BASIS_MAX, where + ".basis");
            limit(step.appealId(), ApplicationRequests.ID_MAX, where + ".appealId");
            limit(step.detail(), ApplicationRequests.DETAILS_MAX, where + ".detail");
            switch (step.type()) {
                case "SUPPLEMENT_REQUESTED" -> {
                    require(step.dueOn(), where + ".dueOn");
                    commands.add(new RequestSupplement(applicationId, null, step.on(),
                            step.missing() == null ? NOT_RECORDED : step.missing(), step.dueOn(), user));
                }
                case "SUPPLEMENT_RECEIVED" -> commands.add(new ReceiveSupplement(applicationId, null, step.on(), user));
                case "EXTENDED" -> {
                    require(step.workingDays(), where + ".workingDays");
                    require(step.approvedBy(), where + ".approvedBy");
                    commands.add(new ExtendAnswerPeriod(applicationId, null, step.workingDays(), step.approvedBy(),
                            step.on(), NOT_RECORDED, user));
                }
                case "CONSULTATION_STARTED" -> {
                    ConsultationKind kind = value(ConsultationKind.class, step.party(), where + ".party");
                    String id = "c" + (i + 1);
                    openConsultations.addLast(id);
                    commands.add(new StartConsultation(applicationId, null, id, kind,
                            step.name() == null ? NOT_RECORDED : step.name(), step.on(), user));
                }
                case "CONSULTATION_ENDED" -> {
                    if (openConsultations.isEmpty()) {
                        throw new LedgerLineRefused("NO_OPEN_CONSULTATION", where + " 结束征求意见，但此前没有未结束的征求意见",
                                where + " ends a consultation but none is open");
                    }
                    commands.add(new EndConsultation(applicationId, null, openConsultations.removeFirst(), step.on(),
                            null, user));
                }
                case "FEE_NOTICE_ISSUED" -> {
                    require(step.amountYuan(), where + ".amountYuan");
                    commands.add(new IssueFeeNotice(applicationId, null, step.amountYuan(), step.on(), NOT_RECORDED,
                            user));
                }
                case "FEE_PAID" -> commands.add(new RecordFeePayment(applicationId, null, step.on(), user));
                case "CLOSED" -> {
                    require(step.outcome(), where + ".outcome");
                    Outcome outcome = Outcome.findByCode(step.outcome()).orElseThrow(() -> new LedgerLineRefused(
                            "INVALID_VALUE", where + ".outcome 应为 " + Outcome.codes() + "，而不是 “" + step.outcome() + "”",
                            where + ".outcome must be one of " + Outcome.codes()));
                    commands.add(new RecordAnswer(applicationId, null, outcome,
                            step.basis() == null ? NOT_RECORDED : step.basis(), step.on(), null, user));
                }
                case "APPEAL_FILED" -> {
                    require(step.appealId(), where + ".appealId");
                    require(step.kind(), where + ".kind");
                    switch (step.kind()) {
                        case "RECONSIDERATION" -> {
                            appeals.put(step.appealId(), AppealKind.RECONSIDERATION);
                            commands.add(new FileReconsideration(applicationId, null, step.appealId(), step.on(),
                                    NOT_RECORDED, user));
                        }
                        case "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION" -> {
                            String after = null;
                            if (step.kind().equals("LITIGATION_AFTER_RECONSIDERATION")) {
                                if (lastDecidedReconsideration == null) {
                                    throw new LedgerLineRefused("RECONSIDERATION_NOT_DECIDED",
                                            where + " 为复议后起诉，但此前没有已决定的行政复议",
                                            where + " is a lawsuit after reconsideration, but no reconsideration was decided");
                                }
                                after = lastDecidedReconsideration;
                            }
                            appeals.put(step.appealId(), AppealKind.LITIGATION);
                            commands.add(new FileLawsuit(applicationId, null, step.appealId(), step.on(), NOT_RECORDED,
                                    after, user));
                        }
                        default -> throw invalid(where + ".kind", step.kind(),
                                "RECONSIDERATION, LITIGATION_DIRECT, LITIGATION_AFTER_RECONSIDERATION");
                    }
                }
                case "APPEAL_DECIDED" -> {
                    require(step.appealId(), where + ".appealId");
                    require(step.result(), where + ".result");
                    AppealKind kind = appeals.get(step.appealId());
                    if (kind == null) {
                        throw new LedgerLineRefused("UNKNOWN_APPEAL", where + " 决定的复议或诉讼 " + step.appealId() + " 未在此前立案",
                                where + " decides appeal " + step.appealId() + ", which was not filed before");
                    }
                    AppealResult result = result(step, kind, where);
                    if (kind == AppealKind.RECONSIDERATION) {
                        lastDecidedReconsideration = step.appealId();
                        commands.add(new DecideReconsideration(applicationId, null, step.appealId(), result, step.on(),
                                step.detail(), user));
                    } else {
                        commands.add(new DecideLawsuit(applicationId, null, step.appealId(), result, step.on(),
                                step.detail(), user));
                    }
                }
                default -> throw invalid(where + ".type", step.type(), "SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, "
                        + "EXTENDED, CONSULTATION_STARTED, CONSULTATION_ENDED, FEE_NOTICE_ISSUED, FEE_PAID, CLOSED, "
                        + "APPEAL_FILED, APPEAL_DECIDED");
            }
        }
        return commands;
    }

    /** The ledger records the column of table 四; a {@code detail} naming the decision keeps it precise. */
    private static AppealResult result(LedgerEntry.Step step, AppealKind kind, String where) {
        ResultClass resultClass = value(ResultClass.class, step.result(), where + ".result");
        if (step.detail() != null) {
            for (AppealResult result : AppealResult.values()) {
                if (result.resultClass() == resultClass && result.canEnd(kind) && step.detail().strip().equals(result.label())) {
                    return result;
                }
            }
        }
        return switch (resultClass) {
            case UPHELD -> AppealResult.UPHELD;
            case CORRECTED -> AppealResult.CORRECTED_UNSPECIFIED;
            case OTHER -> AppealResult.OTHER_UNSPECIFIED;
        };
    }

    private static Channel channel(String channel) {
        require(channel, "channel");
        return switch (channel) {
            case "ORDINARY_MAIL", "ORDINARY_LETTER" -> Channel.ORDINARY_LETTER;
            default -> value(Channel.class, channel, "channel");
        };
    }

    /** The ledger gives the legal receipt date; put it where the channel's Art 31 rule looks for it. */
    private static ChannelDates channelDates(Channel channel, LocalDate receivedOn) {
        return switch (channel) {
            case IN_PERSON -> new ChannelDates(receivedOn, null, null, null);
            case REGISTERED_MAIL -> new ChannelDates(null, receivedOn, null, null);
            case ORDINARY_LETTER -> new ChannelDates(null, null, receivedOn, receivedOn);
            case INTERNET, FAX -> new ChannelDates(null, null, null, receivedOn);
        };
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value, String field) {
        require(value, field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(field, value, Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    private static LedgerLineRefused invalid(String field, String value, String allowed) {
        return new LedgerLineRefused("INVALID_VALUE", field + " 的值 “" + value + "” 无效，应为：" + allowed,
                field + " has invalid value '" + value + "'; allowed: " + allowed);
    }

    /**
     * The lengths a member of staff may type for the same field (the REST API's limits), so that what a ledger
     * brings in fits everywhere it is kept, on both sides: a longer value is refused here, naming the field.
     */
    private static void limit(String value, int maxCharacters, String field) {
        if (value != null && value.codePointCount(0, value.length()) > maxCharacters) {
            int length = value.codePointCount(0, value.length());
            throw new LedgerLineRefused("INVALID_VALUE", field + " 过长：" + length + "个字符，最多" + maxCharacters + "个",
                    field + " is too long: " + length + " characters, at most " + maxCharacters);
        }
    }

    private static void require(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new LedgerLineRefused("MISSING_FIELD", "缺少必填项 " + field, "missing field " + field);
        }
    }
}
