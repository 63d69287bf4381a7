package disclosure.command.http;

/** A request body longer than the documented limit. */
public class RequestTooLargeException extends RuntimeException {
    private final long limitBytes;

    public RequestTooLargeException(long limitBytes) {
        super("request body larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
