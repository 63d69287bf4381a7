package disclosure.command.proactive;

import disclosure.contract.proactive.DocumentKind;
import disclosure.contract.proactive.TallyItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** The bodies of the 主动公开 (table 二) endpoints and of the lines of its import. */
public final class ProactiveRequests {

    private ProactiveRequests() {
    }

    public record IssueDocumentBody(
            @NotBlank @Size(max = 100) String agency,
            @NotNull DocumentKind kind,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 100) String documentNumber,
            @NotNull LocalDate issuedOn) {
    }

    public record RepealDocumentBody(@NotNull LocalDate repealedOn, @Size(max = 1000) String reason) {
    }

    public record RecordTallyBody(
            @NotBlank @Size(max = 100) String agency,
            @NotNull TallyItem item,
            @NotNull YearMonth month,
            @NotNull BigDecimal value,
            @Size(max = 1000) String reason) {
    }

    /**
     * One line of {@code POST /api/proactive/import}: {@code type} {@code DOCUMENT} (a document, repealed if
     * {@code repealedOn} is given) or {@code TALLY} (one month's figure).
     */
    public record ImportLine(String type, String agency, DocumentKind kind, String title, String documentNumber,
                             LocalDate issuedOn, LocalDate repealedOn, String repealReason, TallyItem item,
                             YearMonth month, BigDecimal value) {
    }
}
