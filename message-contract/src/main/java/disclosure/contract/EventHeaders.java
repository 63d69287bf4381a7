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
     * The global position of the event published just before this one (0 for the first): events are published
     * in global order, so the query side can tell that every event up to a position has arrived even when the
     * log has gaps and the topic has several partitions.
     */
    public static final String PREVIOUS_POSITION = "previous-position";
    /** When the event was stored, ISO-8601 instant. */
    public static final String RECORDED_AT = "recorded-at";

    private EventHeaders() {
    }
}
