package disclosure.contract.proactive;

import java.time.Instant;
import java.time.LocalDate;

/** 已废止: counted in 本年废止件数 of that year, no longer 现行有效 from its year-end on. */
public record DocumentRepealed(
        String documentId,
        String agency,
        DocumentKind kind,
        LocalDate repealedOn,
        String reason,
        String by,
        Instant at) implements ProactiveDisclosureEvent {

    @Override
    public String applicationId() {
        return documentId;
    }
}
