package disclosure.contract.proactive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 已制发: a 规章 or 行政规范性文件 in force from {@code issuedOn}; counted in 本年制发件数 of that year and in
 * 现行有效件数 of every year-end until it is repealed.
 *
 * @param documentNumber 文号, e.g. "某政规〔2024〕3号"
 */
public record DocumentIssued(
        String documentId,
        String agency,
        DocumentKind kind,
        String title,
        String documentNumber,
        LocalDate issuedOn,
        String by,
        Instant at) implements ProactiveDisclosureEvent {

    @Override
    public String applicationId() {
        return documentId;
    }
}
