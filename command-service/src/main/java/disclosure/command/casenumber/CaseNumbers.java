package disclosure.command.casenumber;

import java.util.Optional;

/**
 * 案件编号: hands out human-readable case numbers, unique per agency and year ({@code 2024-0007}), never reused.
 * A number is taken inside the transaction that stores the application, so a failed intake gives it back.
 */
public interface CaseNumbers {

    /** The next free number of the agency's year, registered to the application. */
    String next(String agency, int year, String applicationId);

    /**
     * Registers a number an agency already used (a ledger import); later numbers of that year continue after it.
     *
     * @return false if the agency already has an application with this number
     */
    boolean claim(String agency, String caseNumber, String applicationId);

    /** The application registered under this number, if any. */
    Optional<String> applicationOf(String agency, String caseNumber);

    static String format(int year, long sequence) {
        return String.format("%d-%04d", year, sequence);
    }
}
