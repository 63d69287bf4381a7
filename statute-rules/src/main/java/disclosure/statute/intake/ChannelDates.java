package disclosure.statute.intake;

import java.time.LocalDate;

/**
 * The dates intake staff record so the Art 31 rule can be applied; which ones are needed depends on the
 * {@link Channel}.
 *
 * @param handedInOn  当面提交之日
 * @param signedForOn 签收之日 (registered mail)
 * @param arrivedOn   到达之日 (ordinary letter, informational)
 * @param confirmedOn 确认之日 (ordinary letter, internet, fax)
 */
public record ChannelDates(LocalDate handedInOn, LocalDate signedForOn, LocalDate arrivedOn, LocalDate confirmedOn) {
}
