package disclosure.query.stream;

import disclosure.query.stream.StoredEvents.StoredEvent;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A read model folded afresh, per application, from the application's whole stored history each time one of its
 * events arrives, so a duplicate, a redelivery or an event arriving after a later one can never leave it different
 * from what the history says. The histories are read once per batch for all of these read models.
 */
public interface HistoryProjection {
    /**
     * @param applicationIds the applications an arriving event touched
     * @param histories      their stored events, each application's in its sequence order (none: no entry)
     */
    void refold(Collection<String> applicationIds, Map<String, List<StoredEvent>> histories);
}
