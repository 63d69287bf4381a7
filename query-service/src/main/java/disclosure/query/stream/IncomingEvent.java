package disclosure.query.stream;

import disclosure.contract.ApplicationEvent;

import java.time.Instant;

/**
 * One event as it arrived from the stream, with where it stands in the command side's log.
 *
 * @param position         its global position in the event store
 * @param previousPosition the position published just before it: the chain read-your-writes follows
 * @param event            the decoded event, or null for a type this version does not know (kept, not applied)
 */
public record IncomingEvent(long position, long previousPosition, String eventId, String applicationId,
                            long sequence, String type, Instant recordedAt, String json, ApplicationEvent event) {
}
