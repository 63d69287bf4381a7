package disclosure.contract.correction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import disclosure.statute.intake.ChannelDates;

/** 更正收到申请日期: the Art 31 dates were recorded wrong; the clock is derived again. */
public record CorrectReceiptDate(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        ChannelDates channelDates,
        String reason,
        String by) {
}
