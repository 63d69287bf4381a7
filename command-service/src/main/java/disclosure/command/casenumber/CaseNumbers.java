package disclosure.command.casenumber;

import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

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

    /** A case number of an agency. */
    record Numbered(String agency, String caseNumber) {}

    /** Those of the numbers that are registered already (a 台账 import looks up a group of lines at once). */
    default Set<Numbered> registeredAmong(Collection<Numbered> numbers) {
        Set<Numbered> registered = new HashSet<>();
        numbers.forEach(number -> applicationOf(number.agency(), number.caseNumber())
                .ifPresent(application -> registered.add(number)));
        return registered;
    }

    /**
     * Asks for the claims made in this unit of work, and in those nested in it, to be written when it commits, all at
     * once, rather than each as it is made: such a claim succeeds at first, and a number registered meanwhile by
     * someone else fails the commit. For a caller that has looked the numbers up itself (a 台账 import). An
     * implementation may also keep writing claims at once.
     */
    default void claimAtCommit(UnitOfWork<?> unitOfWork) {
    }

    static String format(int year, long sequence) {
        return String.format("%d-%04d", year, sequence);
    }
}
