package disclosure.contract.supplement;

import disclosure.contract.ApplicationEvent;

import java.time.Instant;
import java.time.LocalDate;

/** 已收到补正材料 (Art 30): the 20-working-day answer period restarts from {@code receivedOn}. */
public record SupplementReceived(
        String applicationId,
        LocalDate receivedOn,
        String by,
        Instant at) implements ApplicationEvent {
}
