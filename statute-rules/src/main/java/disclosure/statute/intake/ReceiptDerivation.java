package disclosure.statute.intake;

import java.time.LocalDate;

/** The legal receipt date and the sentence that explains it (shown to staff in the clock's trace). */
public record ReceiptDerivation(LocalDate receiptDate, String rule, String explanation) {
}
