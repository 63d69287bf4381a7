package disclosure.web.backend;

/**
 * A service refused or could not answer: its RFC 7807 problem, in Chinese ({@code title}: the rule broken,
 * {@code detail}: how), shown to staff as it is.
 */
public class BackendException extends RuntimeException {
    private final int status;
    private final String title;
    private final String detail;

    public BackendException(int status, String title, String detail) {
        super(title + (detail == null ? "" : "：" + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }
}
