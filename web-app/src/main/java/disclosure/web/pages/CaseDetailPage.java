package disclosure.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import disclosure.access.PersonalData;
import disclosure.access.SignOff;
import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.web.audit.PersonalDataViews;
import disclosure.web.backend.BackendException;
import disclosure.web.backend.CommandApi;
import disclosure.web.backend.QueryApi;
import disclosure.web.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 案件详情: the application, its applicant (personal data masked unless asked for, and then recorded), the clock
 * with its derivation trace, the timeline of every event (who, when), and the actions allowed now. An action
 * posts its command and comes back to this page once the read side reflects it (read-your-writes) — or to the 审批
 * page, where the 负责人's decisions are posted from.
 */
@Controller
public class CaseDetailPage {
    private static final String ID = "[A-Za-z0-9._:-]{1,64}";

    /** Where an action may come from other than the case itself: the 审批 page, which it then returns to. */
    static final String FROM_APPROVALS = "approvals";

    private final QueryApi queries;
    private final CommandApi commands;
    private final PersonalDataViews views;
    private final SignOff signOff;

    public CaseDetailPage(QueryApi queries, CommandApi commands, PersonalDataViews views, SignOff signOff) {
        this.queries = queries;
        this.commands = commands;
        this.views = views;
        this.signOff = signOff;
    }

    /** 申请人: as shown on the page, masked or in full. */
    public record ApplicantView(String name, String idDocumentNumber, String phone, String address, String email,
                                boolean masked) {
        static ApplicantView of(JsonNode applicant, boolean unmasked) {
            String id = text(applicant, "idDocumentNumber");
            String phone = text(applicant, "phone");
            String address = text(applicant, "address");
            String email = text(applicant, "email");
            return unmasked ? new ApplicantView(text(applicant, "name"), id, phone, address, email, false)
                    : new ApplicantView(text(applicant, "name"), PersonalData.idNumber(id), PersonalData.phone(phone),
                    PersonalData.address(address), PersonalData.email(email), true);
        }

        private static String text(JsonNode node, String field) {
            return node.hasNonNull(field) ? node.get(field).asText() : null;
        }
    }

    @GetMapping("/cases/{applicationId}")
    String detail(@PathVariable String applicationId, @RequestParam(required = false) Long minPosition, Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_APPLICATIONS);
        return show(staff, load(staff, applicationId, false, minPosition), false, model);
    }

    /** Shows the applicant's personal data in full, and records that this user saw it. */
    @PostMapping("/cases/{applicationId}/personal-data")
    String personalData(@PathVariable String applicationId, Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.VIEW_PERSONAL_DATA);
        QueryApi.Detail detail = load(staff, applicationId, true, null);
        views.record(staff.userId(), applicationId, detail.application().caseNumber(), detail.application().agency());
        return show(staff, detail, true, model);
    }

    @PostMapping("/cases/{applicationId}/actions/{slug}")
    String act(@PathVariable String applicationId, @PathVariable String slug,
               @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        CaseAction action = CaseAction.bySlug(slug).orElseThrow(() -> new PageNotFoundException("没有这项操作：" + slug));
        StaffIdentity staff = CurrentStaff.require(action.rule());
        QueryApi.Detail detail = load(staff, applicationId, false, null);
        CurrentStaff.require(action.rule(), detail.application().agency());
        String target = form.getFirst("target");
        String back = FROM_APPROVALS.equals(form.getFirst("from")) ? "redirect:/approvals"
                : "redirect:/cases/" + applicationId;
        if (action.targeted() && (target == null || !target.matches(ID))
                || !new CaseState(detail, signOff).offered(staff, action, target)) {
            redirect.addFlashAttribute("error", "当前状态下不能" + action.label() + "（申请已变化，请查看最新状态）");
            return back;
        }
        try {
            CommandApi.Accepted accepted = commands.send("/" + applicationId + action.path(target),
                    body(action, form, staff), form.getFirst("version"));
            redirect.addFlashAttribute("message", "已" + action.label());
            return back + "?minPosition=" + accepted.position();
        } catch (BackendException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", action.label() + "未成功：" + e.getMessage());
            return back;
        }
    }

    /** @param personalData whether the applicant comes unmasked (query-service records that view too) */
    private QueryApi.Detail load(StaffIdentity staff, String applicationId, boolean personalData, Long minPosition) {
        if (!applicationId.matches(ID)) {
            throw new PageNotFoundException("没有这件申请");
        }
        QueryApi.Detail detail = queries.detail(applicationId, personalData, minPosition);
        CurrentStaff.require(StaffAction.VIEW_APPLICATIONS, detail.application().agency());
        return detail;
    }

    private String show(StaffIdentity staff, QueryApi.Detail detail, boolean unmasked, Model model) {
        JsonNode intake = detail.timeline().isEmpty() ? null : detail.timeline().get(0).event();
        model.addAttribute("detail", detail);
        model.addAttribute("app", detail.application());
        model.addAttribute("applicant", intake == null ? null : ApplicantView.of(intake.path("applicant"), unmasked));
        model.addAttribute("offers", new CaseState(detail, signOff).offers(staff));
        model.addAttribute("maySeePersonalData", staff.may(StaffAction.VIEW_PERSONAL_DATA));
        return "case";
    }

    private static Map<String, Object> body(CaseAction action, MultiValueMap<String, String> form,
                                            StaffIdentity staff) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (CaseAction.Field field : action.fields()) {
            String value = form.getFirst(field.kind() == CaseAction.Field.Kind.TARGET ? "target" : field.name());
            if (field.kind() == CaseAction.Field.Kind.APPROVER && IntakePage.blank(value)) {
                value = staff.displayName();
            }
            Object typed = IntakePage.blank(value) ? null : typed(field, value.strip());
            int dot = field.name().indexOf('.');
            if (dot < 0) {
                body.put(field.name(), typed);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> nested = (Map<String, Object>) body.computeIfAbsent(field.name().substring(0, dot),
                        name -> new LinkedHashMap<String, Object>());
                nested.put(field.name().substring(dot + 1), typed);
            }
        }
        return body;
    }

    /** @throws IllegalArgumentException in Chinese for a number or date that is not one */
    private static Object typed(CaseAction.Field field, String value) {
        return switch (field.kind()) {
            case NUMBER -> {
                try {
                    yield Integer.valueOf(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(field.label() + "“" + value + "”不是整数");
                }
            }
            case MONEY -> {
                try {
                    yield new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(field.label() + "“" + value + "”不是有效金额");
                }
            }
            case DATE, OPTIONAL_DATE -> IntakePage.date(value, field.label()).toString();
            default -> value;
        };
    }
}
