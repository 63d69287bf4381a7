-- What the Kafka publisher has sent, in its order: written in the same transaction as its tracking token, so a
-- re-send after a crash carries the same publish sequence. A rebuild of the read models reads the log in this order.
CREATE TABLE published_event (
    global_index     BIGINT NOT NULL PRIMARY KEY,
    publish_sequence BIGINT NOT NULL UNIQUE,
    complete_up_to   BIGINT NOT NULL
);
