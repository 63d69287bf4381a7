package disclosure.contract.correction;

import disclosure.contract.ApplicationEvent;
import disclosure.statute.intake.ChannelDates;
import java.time.Instant;
import java.time.LocalDate;

/** 收到申请日期已更正. */
public record ReceiptDateCorrected(
        String applicationId,
        LocalDate previous,
        LocalDate corrected,
        ChannelDates channelDates,
        String reason,
        String by,
        Instant at) implements ApplicationEvent {
}
