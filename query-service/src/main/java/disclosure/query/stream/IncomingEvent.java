package disclosure.query.stream;

import disclosure.contract.ApplicationEvent;

import java.time.Instant;

/**
 * One event as it arrived from the stream, with where it stands in the command side's log.
 *
 * @param position        its global position in the event store
 * @param publishSequence its number in publishing order (1, 2, 3 … without gaps)
 * @param completeUpTo    every event up to this position had been published when this one was
 * @param event           the decoded event, or null for a type this version does not know (kept, not applied)
 */
public record IncomingEvent(long position, long publishSequence, long completeUpTo, String eventId, String applicationId,
                            long sequence, String type, Instant recordedAt, String json, ApplicationEvent event) {
}
