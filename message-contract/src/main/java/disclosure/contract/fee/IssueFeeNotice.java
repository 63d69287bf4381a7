package disclosure.contract.fee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 发出收费通知, 国办函〔2020〕109号: the applicant has 20 working days from the day after receiving it to pay. */
public record IssueFeeNotice(
        @TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion,
        BigDecimal amountYuan,
        LocalDate issuedOn,
        String basis,
        String by) {
}
