package disclosure.web.pages;

/** Input a page cannot use (a date that is no date, a day in the future): shown as a 400 page naming the rule. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
