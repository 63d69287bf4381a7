package disclosure.contract.approval;

import disclosure.contract.ApplicationEvent;

import java.time.Instant;

/** 已申请延长答复期限: waits for the 负责人 to approve or decline it; it lapses when the application closes. */
public record ExtensionRequested(
        String applicationId,
        int workingDays,
        String reason,
        String by,
        Instant at) implements ApplicationEvent {
}
