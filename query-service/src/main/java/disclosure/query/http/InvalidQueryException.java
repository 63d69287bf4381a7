package disclosure.query.http;

/** A query that cannot be asked as given (answered 400 with both wordings), e.g. an inbox without whose it is. */
public class InvalidQueryException extends RuntimeException {
    private final String detailZh;

    public InvalidQueryException(String detailZh, String detailEn) {
        super(detailEn);
        this.detailZh = detailZh;
    }

    public String detailZh() {
        return detailZh;
    }
}
