package disclosure.command.casenumber;

/**
 * 案件编号: hands out human-readable case numbers, unique per agency and year ({@code 2024-0007}), never reused.
 * A number is taken inside the transaction that stores the application, so a failed intake gives it back.
 */
public interface CaseNumbers {
    String next(String agency, int year);

    static String format(int year, long sequence) {
        return String.format("%d-%04d", year, sequence);
    }
}
