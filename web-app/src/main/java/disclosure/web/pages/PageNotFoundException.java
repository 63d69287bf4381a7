package disclosure.web.pages;

/** A page asked for something that does not exist: answered 404 with the message, in Chinese. */
public class PageNotFoundException extends RuntimeException {
    public PageNotFoundException(String message) {
        super(message);
    }
}
