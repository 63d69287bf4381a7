package disclosure.query.report.proactive;

import disclosure.contract.proactive.DocumentKind;

import java.time.LocalDate;

/**
 * 规章或行政规范性文件: what table 二 needs of one document. {@code agency} and {@code kind} come from whichever of
 * its events was seen, so a repeal whose issue is missing still counts as 本年废止 and breaks the roll-forward check.
 *
 * @param issuedOn   null if its issue was never seen
 * @param repealedOn null while in force
 */
public record DocumentFacts(String documentId, String agency, DocumentKind kind, String title, String documentNumber,
                            LocalDate issuedOn, LocalDate repealedOn) {

    public boolean issuedIn(int year) {
        return issuedOn != null && issuedOn.getYear() == year;
    }

    public boolean repealedIn(int year) {
        return repealedOn != null && repealedOn.getYear() == year;
    }

    /** 现行有效 at the end of {@code year}: issued by 12-31 and not repealed by then. */
    public boolean inForceAtEndOf(int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return issuedOn != null && !issuedOn.isAfter(yearEnd) && (repealedOn == null || repealedOn.isAfter(yearEnd));
    }

    /** How a reader names it: "某政规〔2024〕1号《某某办法》". */
    public String describe() {
        return (documentNumber == null ? documentId : documentNumber) + (title == null ? "" : "《" + title + "》");
    }
}
