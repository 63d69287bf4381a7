package disclosure.query.position;

/** The read models did not reach the requested position in time (read-your-writes): answered with 503. */
public class NotYetReflectedException extends RuntimeException {
    private final long requested;
    private final long applied;

    public NotYetReflectedException(long requested, long applied) {
        super("position " + requested + " not reflected yet (applied: " + applied + ")");
        this.requested = requested;
        this.applied = applied;
    }

    public long requested() {
        return requested;
    }

    public long applied() {
        return applied;
    }
}
