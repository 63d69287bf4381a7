package disclosure.contract.fee;

import disclosure.contract.ApplicationEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** 已发出收费通知 (109号); {@code paymentDueDate} is null when the calendar of its year is not loaded yet. */
public record FeeNoticeIssued(
        String applicationId,
        BigDecimal amountYuan,
        LocalDate issuedOn,
        String basis,
        LocalDate paymentDueDate,
        String by,
        Instant at) implements ApplicationEvent {
}
