package disclosure.contract;

/**
 * The Kafka record format of the event stream (topic {@link #DEFAULT_TOPIC}): key = application id, value = the
 * event as JSON (ISO dates), and these headers, each a UTF-8 string.
 */
public final class EventHeaders {
    public static final String DEFAULT_TOPIC = "disclosure.events";
    /** {@link EventTypes#nameOf(Class)}, e.g. {@code AnswerRecorded}. */
    public static final String EVENT_TYPE = "event-type";
    /** The event's unique id in the event store. */
    public static final String EVENT_ID = "event-id";
    /** The event's sequence number within its application (0 for {@code ApplicationReceived}). */
    public static final String AGGREGATE_SEQUENCE = "aggregate-sequence";
    /** The event's global index in the event store: the position read-your-writes waits for. */
    public static final String GLOBAL_POSITION = "global-position";
    /**
     * 1, 2, 3 … in the order events are published, without gaps (a re-send after a crash repeats the number): the
     * query side knows it has every event published so far when it holds every number up to the last.
     */
    public static final String PUBLISH_SEQUENCE = "publish-sequence";
    /**
     * Every event with a global position up to this one had been published when this event was (the event store's
     * log may have gaps, and a transaction may commit after a newer one): the position read-your-writes may
     * report once this event and every one published before it are applied.
     */
    public static final String COMPLETE_UP_TO = "complete-up-to";
    /** When the event was stored, ISO-8601 instant. */
    public static final String RECORDED_AT = "recorded-at";

    private EventHeaders() {
    }
}
