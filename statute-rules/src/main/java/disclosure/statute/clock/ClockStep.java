package disclosure.statute.clock;

import java.time.LocalDate;

/**
 * One step of the derivation trace: the rule applied, what it did in Chinese (shown to staff), and the date
 * it produced or started from.
 *
 * @param rule        the legal basis, e.g. {@code 条例第三十三条第二款}
 * @param explanation what happened, e.g. {@code 自收到申请之日（2023-09-27）起20个工作日，答复期限为2023-10-31}
 * @param date        the date this step established (may be null)
 */
public record ClockStep(String rule, String explanation, LocalDate date) {}
