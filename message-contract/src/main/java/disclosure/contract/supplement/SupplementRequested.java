package disclosure.contract.supplement;

import disclosure.contract.ApplicationEvent;

import java.time.Instant;
import java.time.LocalDate;

/** 已发出补正告知 (Art 30): the answer clock stops until the supplement arrives. */
public record SupplementRequested(
        String applicationId,
        LocalDate noticeDate,
        String missingItems,
        LocalDate supplementDueDate,
        String by,
        Instant at) implements ApplicationEvent {
}
