package disclosure.query.stream;

import java.util.List;

/**
 * A read model fed event by event rather than folded per application: it is given each event once, when it is first
 * stored, in stream order and in the applier's transaction (a rebuild empties it and gives every event again).
 */
public interface EventProjection {
    /** @param stored events stored for the first time (an event of a type this version does not know has no event) */
    void applyNew(List<IncomingEvent> stored);
}
