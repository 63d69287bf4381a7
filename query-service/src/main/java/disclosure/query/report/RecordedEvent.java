package disclosure.query.report;

import disclosure.contract.ApplicationEvent;

import java.util.Objects;

/**
 * 已记录的事件: an event as the event store delivered it, with the identity the fold needs to stay idempotent.
 *
 * @param position a number that grows along each application's stream: the store's global position or the
 *                 event's sequence within its application both do; an event at or below a position already
 *                 applied for its application is an old one redelivered and is ignored
 * @param eventId  the event's unique id in the store (Kafka header {@code event-id}); a second delivery is ignored
 * @param event    the event itself
 */
public record RecordedEvent(long position, String eventId, ApplicationEvent event) {
    public RecordedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
    }
}
