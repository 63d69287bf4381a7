package disclosure.query.applications;

/** No application with this id has reached the query side. */
public class ApplicationNotFoundException extends RuntimeException {
    public ApplicationNotFoundException(String applicationId) {
        super(applicationId);
    }
}
