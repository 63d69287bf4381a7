package disclosure.web.pages;

import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.contract.intake.DeliveryForm;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;
import disclosure.statute.intake.ReceiptDateException;
import disclosure.statute.intake.ReceiptRule;
import disclosure.web.backend.BackendException;
import disclosure.web.backend.CommandApi;
import disclosure.web.backend.QueryApi;
import disclosure.web.security.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 登记: the intake form. The dates asked for follow the channel (Art 31), the legal receipt date is shown as it is
 * derived, and an earlier request by the same applicant for similar information is pointed out (重复申请,
 * Art 36(6)) before the application is registered.
 */
@Controller
@RequestMapping("/intake")
public class IntakePage {
    private final CommandApi commands;
    private final QueryApi queries;

    public IntakePage(CommandApi commands, QueryApi queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The form as typed; every field a string so that nothing typed is lost when the page comes back. */
    public record IntakeForm(String channel, String handedInOn, String signedForOn, String arrivedOn,
                             String confirmedOn, String category, String name, String idDocumentNumber,
                             String phone, String address, String email, String requestedInformation,
                             String deliveryForm) {
        static IntakeForm empty() {
            return new IntakeForm("IN_PERSON", null, null, null, null, "NATURAL_PERSON", null, null, null, null,
                    null, null, "EMAIL");
        }

        Channel channelOrNull() {
            try {
                return channel == null ? null : Channel.valueOf(channel);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    @ModelAttribute("deliveryForms")
    List<DeliveryForm> deliveryForms() {
        return List.of(DeliveryForm.values()).stream().filter(f -> f != DeliveryForm.NOT_RECORDED).toList();
    }

    @GetMapping
    String form(Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.RECEIVE_APPLICATION);
        model.addAttribute("form", IntakeForm.empty());
        model.addAttribute("agency", staff.agency());
        return "intake";
    }

    /** The date inputs the chosen channel needs (htmx swaps them in when the channel changes). */
    @GetMapping("/channel-dates")
    String channelDates(@RequestParam(required = false) String channel, Model model) {
        CurrentStaff.require(StaffAction.RECEIVE_APPLICATION);
        model.addAttribute("form", new IntakeForm(channel, null, null, null, null, null, null, null, null, null,
                null, null, null));
        return "intake :: dates";
    }

    /** 收到申请之日 as Art 31 derives it from what is typed so far. */
    @PostMapping("/receipt-date")
    String receiptDate(@ModelAttribute IntakeForm form, Model model) {
        CurrentStaff.require(StaffAction.RECEIVE_APPLICATION);
        try {
            model.addAttribute("derivation", ReceiptRule.derive(form.channelOrNull(), dates(form)));
        } catch (ReceiptDateException | IllegalArgumentException e) {
            model.addAttribute("receiptError", e.getMessage());
        }
        return "intake :: receipt";
    }

    /** 重复申请: earlier requests of this agency by the same ID number for similar information. */
    @PostMapping("/similar")
    String similar(@ModelAttribute IntakeForm form, Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.RECEIVE_APPLICATION);
        List<QueryApi.EarlierRequest> earlier = blank(form.idDocumentNumber()) || blank(form.requestedInformation())
                ? List.of() : queries.similar(staff.agency(), form.idDocumentNumber(), form.requestedInformation());
        model.addAttribute("earlier", earlier);
        return "intake :: similar";
    }

    @PostMapping
    String register(@ModelAttribute IntakeForm form, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.RECEIVE_APPLICATION);
        List<String> missing = missing(form);
        try {
            if (!missing.isEmpty()) {
                throw new BackendException(400, "请填写必填项", String.join("、", missing));
            }
            ChannelDates dates = dates(form);
            ReceiptRule.derive(form.channelOrNull(), dates);
            CommandApi.Accepted accepted = commands.send("", body(staff, form, dates));
            redirect.addFlashAttribute("message", "已登记，案件编号 " + accepted.caseNumber());
            return "redirect:/cases/" + accepted.applicationId() + "?minPosition=" + accepted.position();
        } catch (BackendException e) {
            model.addAttribute("error", e.getMessage());
        } catch (ReceiptDateException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        response.setStatus(422);
        model.addAttribute("form", form);
        model.addAttribute("agency", staff.agency());
        return "intake";
    }

    private static Map<String, Object> body(StaffIdentity staff, IntakeForm form, ChannelDates dates) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("name", form.name().strip());
        applicant.put("idDocumentNumber", form.idDocumentNumber().strip());
        applicant.put("phone", emptyToNull(form.phone()));
        applicant.put("address", emptyToNull(form.address()));
        applicant.put("email", emptyToNull(form.email()));
        Map<String, Object> channelDates = new LinkedHashMap<>();
        channelDates.put("handedInOn", dates.handedInOn());
        channelDates.put("signedForOn", dates.signedForOn());
        channelDates.put("arrivedOn", dates.arrivedOn());
        channelDates.put("confirmedOn", dates.confirmedOn());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agency", staff.agency());
        body.put("channel", form.channel());
        body.put("channelDates", channelDates);
        body.put("category", form.category());
        body.put("applicant", applicant);
        body.put("requestedInformation", form.requestedInformation().strip());
        body.put("deliveryForm", form.deliveryForm());
        return body;
    }

    private static List<String> missing(IntakeForm form) {
        List<String> missing = new ArrayList<>();
        if (blank(form.name())) {
            missing.add("申请人姓名或名称");
        }
        if (blank(form.idDocumentNumber())) {
            missing.add("身份证明号码");
        }
        if (blank(form.requestedInformation())) {
            missing.add("申请公开的政府信息");
        }
        if (blank(form.category())) {
            missing.add("申请人类别");
        }
        if (blank(form.deliveryForm())) {
            missing.add("获取信息的方式");
        }
        return missing;
    }

    /** @throws IllegalArgumentException in Chinese for a date that is not a date */
    static ChannelDates dates(IntakeForm form) {
        return new ChannelDates(date(form.handedInOn(), "提交之日"), date(form.signedForOn(), "签收之日"),
                date(form.arrivedOn(), "到达之日"), date(form.confirmedOn(), "确认之日"));
    }

    static LocalDate date(String value, String label) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + "“" + value + "”不是有效日期（格式：年-月-日）");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
