package disclosure.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
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
 * far) and the user's roles. Only these are offered; the aggregate still decides every rule of the 条例 (dates,
 * periods) when the command arrives.
 */
public final class CaseState {
    private final QueryApi.Detail detail;
    private final Set<String> happened;
    private final Map<String, String> openConsultations = new LinkedHashMap<>();
    private final Map<String, String> pendingReconsiderations = new LinkedHashMap<>();
    private final Map<String, String> pendingLawsuits = new LinkedHashMap<>();
    /** Decided reconsiderations no lawsuit has followed yet: the applicant may still sue (复议后起诉). */
    private final Map<String, String> suableReconsiderations = new LinkedHashMap<>();

    /** One action offered, with the consultation or appeal it concerns when it concerns one. */
    public record Offer(CaseAction action, String target, String targetLabel) {}

    public CaseState(QueryApi.Detail detail) {
        this.detail = detail;
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
                default -> {
                    if (allowedNow(action)) {
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

    private boolean allowedNow(CaseAction action) {
        boolean open = "OPEN".equals(detail.application().status());
        boolean awaitingSupplement = "AWAITING_SUPPLEMENT".equals(detail.application().phase());
        return switch (action) {
            case REQUEST_SUPPLEMENT -> open && !happened.contains("SupplementRequested");
            case RECEIVE_SUPPLEMENT -> open && awaitingSupplement;
            case EXTEND -> open && !awaitingSupplement && !happened.contains("AnswerPeriodExtended");
            case START_CONSULTATION -> open && !awaitingSupplement;
            case ISSUE_FEE_NOTICE -> open && !awaitingSupplement && !happened.contains("FeeNoticeIssued");
            case RECORD_FEE_PAYMENT -> open && happened.contains("FeeNoticeIssued") && !happened.contains("FeePaid");
            case REQUEST_REASONS -> open && !happened.contains("ReasonsRequested");
            case SET_DELAYED_ANSWER_DATE -> open && happened.contains("ReasonsRequested")
                    && !happened.contains("DelayedAnswerDateSet");
            case ANSWER, WITHDRAW -> open;
            case CORRECT_CATEGORY, CORRECT_RECEIPT_DATE -> true;
            case FILE_RECONSIDERATION, FILE_LAWSUIT, CORRECT_OUTCOME -> !open;
            case END_CONSULTATION, DECIDE_RECONSIDERATION, DECIDE_LAWSUIT, FILE_LAWSUIT_AFTER_RECONSIDERATION -> false;
        };
    }
}
