package disclosure.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import disclosure.access.SignOff;
import disclosure.access.StaffIdentity;
import disclosure.web.backend.QueryApi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 当前可办理的操作: what can be done to an application now, read from its detail (status, clock phase, the events so
 * far), the user's roles and whether the agency's answers need the 负责人's sign-off (签发). Only these are offered;
 * the aggregate still decides every rule of the 条例 (dates, periods) when the command arrives.
 */
public final class CaseState {
    private final QueryApi.Detail detail;
    private final SignOff signOff;
    private final Set<String> happened;
    /** 审批: what of this application waits for the 负责人, as its offer's label says it; null when nothing. */
    private String extensionRequest;
    private String answerAwaitingSignOff;
    private final Map<String, String> openConsultations = new LinkedHashMap<>();
    private final Map<String, String> pendingReconsiderations = new LinkedHashMap<>();
    private final Map<String, String> pendingLawsuits = new LinkedHashMap<>();
    /** Decided reconsiderations no lawsuit has followed yet: the applicant may still sue (复议后起诉). */
    private final Map<String, String> suableReconsiderations = new LinkedHashMap<>();

    /** One action offered, with the consultation or appeal it concerns when it concerns one. */
    public record Offer(CaseAction action, String target, String targetLabel) {}

    public CaseState(QueryApi.Detail detail, SignOff signOff) {
        this.detail = detail;
        this.signOff = signOff;
        this.happened = detail.timeline().stream().map(QueryApi.TimelineEntry::type).collect(Collectors.toSet());
        for (QueryApi.TimelineEntry entry : detail.timeline()) {
            JsonNode event = entry.event();
            switch (entry.type()) {
                case "ConsultationStarted" -> openConsultations.put(event.path("consultationId").asText(),
                        event.path("consultedParty").asText());
                case "ConsultationEnded" -> openConsultations.remove(event.path("consultationId").asText());
                case "ReconsiderationFiled" -> pendingReconsiderations.put(event.path("appealId").asText(),
                        event.path("reviewBody").asText() + "，" + event.path("filedOn").asText() + "立案");
                case "ReconsiderationDecided" -> {
                    String label = pendingReconsiderations.remove(event.path("appealId").asText());
                    suableReconsiderations.put(event.path("appealId").asText(),
                            (label == null ? "" : label + "，") + event.path("decidedOn").asText() + "决定");
                }
                case "LawsuitFiled" -> {
                    pendingLawsuits.put(event.path("appealId").asText(),
                            event.path("court").asText() + "，" + event.path("filedOn").asText() + "立案");
                    suableReconsiderations.remove(event.path("reconsiderationId").asText());
                }
                case "LawsuitDecided" -> pendingLawsuits.remove(event.path("appealId").asText());
                case "ExtensionRequested" -> extensionRequest = entry.by() + "申请延长"
                        + event.path("workingDays").asInt() + "个工作日：" + event.path("reason").asText();
                case "ExtensionApproved", "ExtensionDeclined", "AnswerPeriodExtended" -> extensionRequest = null;
                case "AnswerSubmittedForSignOff" -> answerAwaitingSignOff = entry.by() + "提交：办理结果"
                        + event.path("outcome").asText() + "，" + event.path("legalBasis").asText();
                case "AnswerSignedOff", "AnswerReturned" -> answerAwaitingSignOff = null;
                default -> { }
            }
        }
    }

    /** The actions this user may take on this application now, in the order a case goes. */
    public List<Offer> offers(StaffIdentity staff) {
        List<Offer> offers = new ArrayList<>();
        if (!staff.sees(detail.application().agency())) {
            return offers;
        }
        for (CaseAction action : CaseAction.values()) {
            if (!staff.may(action.rule())) {
                continue;
            }
            switch (action) {
                case END_CONSULTATION -> openConsultations.forEach((id, party) -> offers.add(new Offer(action, id, party)));
                case DECIDE_RECONSIDERATION -> pendingReconsiderations.forEach((id, what) ->
                        offers.add(new Offer(action, id, what)));
                case DECIDE_LAWSUIT -> pendingLawsuits.forEach((id, what) -> offers.add(new Offer(action, id, what)));
                case FILE_LAWSUIT_AFTER_RECONSIDERATION -> suableReconsiderations.forEach((id, what) ->
                        offers.add(new Offer(action, id, what)));
                case APPROVE_EXTENSION, DECLINE_EXTENSION -> {
                    if (open() && extensionRequest != null) {
                        offers.add(new Offer(action, null, extensionRequest));
                    }
                }
                case SIGN_OFF_ANSWER, RETURN_ANSWER -> {
                    if (open() && answerAwaitingSignOff != null) {
                        offers.add(new Offer(action, null, answerAwaitingSignOff));
                    }
                }
                default -> {
                    if (allowedNow(action, staff)) {
                        offers.add(new Offer(action, null, null));
                    }
                }
            }
        }
        return offers;
    }

    /** Whether {@code action} on {@code target} is among the offers: a form posted for anything else is refused. */
    public boolean offered(StaffIdentity staff, CaseAction action, String target) {
        return offers(staff).stream().anyMatch(offer -> offer.action() == action
                && (!action.targeted() || offer.target().equals(target)));
    }

    private boolean open() {
        return "OPEN".equals(detail.application().status());
    }

    private boolean allowedNow(CaseAction action, StaffIdentity staff) {
        boolean open = open();
        boolean awaitingSupplement = "AWAITING_SUPPLEMENT".equals(detail.application().phase());
        boolean extensible = open && !awaitingSupplement && !happened.contains("AnswerPeriodExtended");
        boolean answersDirectly = signOff.answersDirectly(staff.roles(), detail.application().agency());
        return switch (action) {
            case REQUEST_SUPPLEMENT -> open && !happened.contains("SupplementRequested");
            case RECEIVE_SUPPLEMENT -> open && awaitingSupplement;
            // a request waiting is decided by approving or declining it (a direct extension would settle it too)
            case EXTEND, REQUEST_EXTENSION -> extensible && extensionRequest == null;
            case START_CONSULTATION -> open && !awaitingSupplement;
            case ISSUE_FEE_NOTICE -> open && !awaitingSupplement && !happened.contains("FeeNoticeIssued");
            case RECORD_FEE_PAYMENT -> open && happened.contains("FeeNoticeIssued") && !happened.contains("FeePaid");
            case REQUEST_REASONS -> open && !happened.contains("ReasonsRequested");
            case SET_DELAYED_ANSWER_DATE -> open && happened.contains("ReasonsRequested")
                    && !happened.contains("DelayedAnswerDateSet");
            case ANSWER -> open && answersDirectly;
            case SUBMIT_ANSWER -> open && !answersDirectly && answerAwaitingSignOff == null;
            case WITHDRAW -> open;
            case CORRECT_CATEGORY, CORRECT_RECEIPT_DATE -> true;
            case FILE_RECONSIDERATION, FILE_LAWSUIT, CORRECT_OUTCOME -> !open;
            case END_CONSULTATION, DECIDE_RECONSIDERATION, DECIDE_LAWSUIT, FILE_LAWSUIT_AFTER_RECONSIDERATION,
                 APPROVE_EXTENSION, DECLINE_EXTENSION, SIGN_OFF_ANSWER, RETURN_ANSWER -> false;
        };
    }
}
