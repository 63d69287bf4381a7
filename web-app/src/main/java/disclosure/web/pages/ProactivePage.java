package disclosure.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.contract.proactive.DocumentKind;
import disclosure.contract.proactive.TallyItem;
import disclosure.statute.LegalTime;
import disclosure.web.backend.BackendException;
import disclosure.web.backend.CommandApi;
import disclosure.web.backend.QueryApi;
import disclosure.web.security.CurrentStaff;
import disclosure.web.staff.StaffDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 主动公开情况 (table 二, 条例第二十条): the 统计员 records the 规章 and 行政规范性文件 an agency issued or repealed, and
 * each month's 行政许可 / 处罚 / 强制 decisions and 行政事业性收费 (元). 现行有效 is never entered: it follows from
 * the documents. The agency's documents in force are listed with a repeal form each.
 */
@Controller
public class ProactivePage {
    private final QueryApi queries;
    private final CommandApi commands;
    private final StaffDirectory directory;
    private final Clock clock;

    public ProactivePage(QueryApi queries, CommandApi commands, StaffDirectory directory, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/reports/proactive")
    String page(@RequestParam(required = false) String agency, @RequestParam(required = false) Long minPosition,
                Model model) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.RECORD_PROACTIVE_DISCLOSURE);
        String scope = ReportPage.scope(staff, agency);
        model.addAttribute("agency", scope);
        model.addAttribute("agencies", staff.citywide() ? directory.agencies() : List.of());
        model.addAttribute("documents", scope == null ? List.of() : inForce(scope, minPosition));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("items", TallyItem.values());
        model.addAttribute("today", LegalTime.today(clock));
        return "proactive";
    }

    /** 制发: a 规章 or 行政规范性文件 with its 文号 and issue date. */
    @PostMapping("/reports/proactive/documents")
    String issue(@RequestParam(required = false) String agency, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String title, @RequestParam(required = false) String documentNumber,
                 @RequestParam(required = false) String issuedOn, RedirectAttributes redirect) {
        String scope = agencyToRecord(agency);
        return record(scope, "登记文件", redirect, () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("agency", scope);
            body.put("kind", choice(DocumentKind.class, kind, "文件类别"));
            body.put("title", required(title, "文件标题"));
            body.put("documentNumber", required(documentNumber, "文号"));
            body.put("issuedOn", requiredDate(issuedOn, "制发日期"));
            return commands.proactive("/documents", body);
        });
    }

    /** 废止: only a document of this agency now in force. */
    @PostMapping("/reports/proactive/repeal")
    String repeal(@RequestParam(required = false) String agency, @RequestParam(required = false) String documentId,
                  @RequestParam(required = false) String repealedOn, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        String scope = agencyToRecord(agency);
        if (inForce(scope, null).stream().noneMatch(document -> document.path("id").asText().equals(documentId))) {
            throw new AccessDeniedException("只能废止本机关（" + scope + "）现行有效的文件");
        }
        return record(scope, "登记废止", redirect, () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("repealedOn", requiredDate(repealedOn, "废止日期"));
            body.put("reason", IntakePage.blank(reason) ? null : reason.strip());
            return commands.proactive("/documents/" + documentId + "/repeal", body);
        });
    }

    /** 月度数据: one month's figure; recording the month again replaces it (the event keeps the old figure). */
    @PostMapping("/reports/proactive/tallies")
    String tally(@RequestParam(required = false) String agency, @RequestParam(required = false) String item,
                 @RequestParam(required = false) String month, @RequestParam(required = false) String value,
                 @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        String scope = agencyToRecord(agency);
        return record(scope, "登记月度数据", redirect, () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("agency", scope);
            body.put("item", choice(TallyItem.class, item, "项目"));
            body.put("month", month(month));
            body.put("value", number(value));
            body.put("reason", IntakePage.blank(reason) ? null : reason.strip());
            return commands.proactive("/tallies", body);
        });
    }

    /** The agency's 规章 and 行政规范性文件 in force this year (现行有效), each {@code {id, name}}. */
    private List<JsonNode> inForce(String agency, Long minPosition) {
        int year = LegalTime.today(clock).getYear();
        List<JsonNode> documents = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            queries.provenance(year, agency, "table2:" + kind.name() + ":2", null, minPosition)
                    .path("items").forEach(documents::add);
        }
        return documents;
    }

    /** The agency a record is for: the user's own, or for a 全市 统计员 the one chosen (it must exist). */
    private String agencyToRecord(String agency) {
        StaffIdentity staff = CurrentStaff.require(StaffAction.RECORD_PROACTIVE_DISCLOSURE);
        String scope = ReportPage.scope(staff, agency);
        if (scope == null || !directory.agencies().contains(scope)) {
            throw new BadInputException("请先选择要录入的机关");
        }
        return scope;
    }

    private interface Recording {
        JsonNode send();
    }

    private static String record(String agency, String what, RedirectAttributes redirect, Recording recording) {
        String back = UriComponentsBuilder.fromPath("/reports/proactive").queryParam("agency", agency).encode()
                .build().toUriString();
        try {
            JsonNode recorded = recording.send();
            redirect.addFlashAttribute("message", "已" + what);
            return "redirect:" + back + "&minPosition=" + recorded.path("position").asLong();
        } catch (BackendException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", what + "未成功：" + e.getMessage());
            return "redirect:" + back;
        }
    }

    private static String required(String value, String label) {
        if (IntakePage.blank(value)) {
            throw new IllegalArgumentException("请填写" + label);
        }
        return value.strip();
    }

    private static String requiredDate(String value, String label) {
        return IntakePage.date(required(value, label), label).toString();
    }

    private static <E extends Enum<E>> String choice(Class<E> type, String value, String label) {
        if (Arrays.stream(type.getEnumConstants()).noneMatch(constant -> constant.name().equals(value))) {
            throw new IllegalArgumentException("请选择" + label);
        }
        return value;
    }

    private static String month(String value) {
        try {
            return YearMonth.parse(required(value, "月份").strip()).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("月份“" + value + "”无效（格式：年-月，如2025-03）");
        }
    }

    private static BigDecimal number(String value) {
        try {
            BigDecimal number = new BigDecimal(required(value, "数量或金额"));
            if (number.signum() < 0) {
                throw new IllegalArgumentException("数量或金额不能为负数");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("数量或金额“" + value + "”不是数字");
        }
    }
}
