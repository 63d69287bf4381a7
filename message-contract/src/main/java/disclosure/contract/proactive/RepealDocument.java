package disclosure.contract.proactive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 废止规章或行政规范性文件. */
public record RepealDocument(
        @TargetAggregateIdentifier String documentId,
        LocalDate repealedOn,
        String reason,
        String by) {
}
