package disclosure.contract.proactive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 制发规章或行政规范性文件, 条例第二十条第（一）项. */
public record IssueDocument(
        @TargetAggregateIdentifier String documentId,
        String agency,
        DocumentKind kind,
        String title,
        String documentNumber,
        LocalDate issuedOn,
        String by) {
}
