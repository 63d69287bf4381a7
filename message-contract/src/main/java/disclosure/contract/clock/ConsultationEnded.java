package disclosure.contract.clock;

import disclosure.contract.ApplicationEvent;
import java.time.Instant;
import java.time.LocalDate;

/** 征求意见已结束: counting resumes the working day after {@code endedOn}. */
public record ConsultationEnded(
        String applicationId,
        String consultationId,
        LocalDate endedOn,
        String opinion,
        String by,
        Instant at) implements ApplicationEvent {
}
