-- Idempotency-Key: a client's own id for one command. Written in the transaction that stores the command's events
-- (and carried in their metadata as idempotencyKey), so a key is here exactly when its command's events are in the
-- log; a command sent again with a key found here is not carried out again but answered as the first time.
CREATE TABLE command_key (
    idempotency_key VARCHAR(100) NOT NULL PRIMARY KEY,
    user_id         VARCHAR(64)  NOT NULL,
    request         VARCHAR(400) NOT NULL, -- method and path the key was first used with
    application_id  VARCHAR(255) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
