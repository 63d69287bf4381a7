package disclosure.contract.fee;

import disclosure.contract.ApplicationEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** 信息处理费已缴纳: if the fee period paused the clock, counting resumes. */
public record FeePaid(
        String applicationId,
        BigDecimal amountYuan,
        LocalDate paidOn,
        String by,
        Instant at) implements ApplicationEvent {
}
