-- The query side's own copy of the event stream: what it has applied, exactly once per event.
CREATE TABLE event_log (
    position          BIGINT       NOT NULL PRIMARY KEY, -- global index in the command side's event store
    publish_sequence  BIGINT       NOT NULL UNIQUE,      -- 1, 2, 3 … in publishing order, without gaps
    complete_up_to    BIGINT       NOT NULL,             -- every position up to this was published by then
    event_id          VARCHAR(255) NOT NULL UNIQUE,
    application_id    VARCHAR(255) NOT NULL,
    sequence_number   BIGINT       NOT NULL,
    event_type        VARCHAR(100) NOT NULL,
    payload           JSONB        NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    applied_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX event_log_by_application ON event_log (application_id, sequence_number);

-- Read-your-writes: every published event up to publish_sequence is applied, hence every event up to position.
CREATE TABLE read_position (
    id               INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    publish_sequence BIGINT  NOT NULL,
    position         BIGINT  NOT NULL
);
INSERT INTO read_position (id, publish_sequence, position) VALUES (1, 0, 0);

-- Records that could not be read at all (not JSON, no headers): kept for the operator, never block the stream.
CREATE TABLE rejected_record (
    id          BIGSERIAL    PRIMARY KEY,
    topic       VARCHAR(255) NOT NULL,
    partition   INTEGER      NOT NULL,
    record_offset BIGINT     NOT NULL,
    record_key  TEXT,
    reason      TEXT         NOT NULL,
    value       TEXT,
    rejected_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (topic, partition, record_offset)
);

-- 申请列表: one row per application, for lists, filters and search.
CREATE TABLE application_view (
    application_id        VARCHAR(255) NOT NULL PRIMARY KEY,
    agency                VARCHAR(200) NOT NULL,
    case_number           VARCHAR(20)  NOT NULL,
    channel               VARCHAR(30)  NOT NULL,
    receipt_date          DATE         NOT NULL,
    category              VARCHAR(40)  NOT NULL,
    applicant_name        VARCHAR(100) NOT NULL,
    requested_information TEXT         NOT NULL,
    status                VARCHAR(20)  NOT NULL, -- OPEN or CLOSED
    phase                 VARCHAR(30),           -- the clock: RUNNING, AWAITING_SUPPLEMENT, PAUSED (open only)
    answer_due            DATE,
    supplement_due        DATE,
    outcome               VARCHAR(5),
    closed_on             DATE,
    timeliness            VARCHAR(20),
    handler               VARCHAR(64)  NOT NULL, -- the last member of staff who acted on it
    last_sequence         BIGINT       NOT NULL,
    last_position         BIGINT       NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX application_view_by_agency ON application_view (agency, receipt_date);
CREATE INDEX application_view_open_due ON application_view (status, answer_due);
CREATE INDEX application_view_by_handler ON application_view (handler);
CREATE UNIQUE INDEX application_view_case_number ON application_view (agency, case_number);
