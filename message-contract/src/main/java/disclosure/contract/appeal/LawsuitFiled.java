package disclosure.contract.appeal;

import disclosure.contract.ApplicationEvent;
import java.time.Instant;
import java.time.LocalDate;

/** 行政诉讼已立案; {@code reconsiderationId} is null for 未经复议直接起诉. */
public record LawsuitFiled(
        String applicationId,
        String appealId,
        LocalDate filedOn,
        String court,
        String reconsiderationId,
        String by,
        Instant at) implements ApplicationEvent {
}
