-- 审批: what waits for a 负责人 — a 承办人's request to extend the answer period (条例第三十三条, kind EXTENSION) and an
-- answer submitted for sign-off (签发, kind SIGN_OFF). At most one of each per application, folded from the
-- application's events as application_view is: a decision, a return or the application closing removes it.
CREATE TABLE pending_approval (
    application_id       VARCHAR(255) NOT NULL,
    kind                 VARCHAR(20)  NOT NULL CHECK (kind IN ('EXTENSION', 'SIGN_OFF')),
    requested_by         VARCHAR(64)  NOT NULL, -- the 承办人 who asked, or submitted the answer
    requested_at         TIMESTAMPTZ  NOT NULL,
    position             BIGINT       NOT NULL, -- of the request's event
    working_days         INTEGER,               -- EXTENSION: working days asked for
    reason               TEXT,                  -- EXTENSION: why
    outcome              VARCHAR(5),            -- SIGN_OFF: the answer's row of table 三
    legal_basis          TEXT,                  -- SIGN_OFF
    proposed_answer_date DATE,                  -- SIGN_OFF: the answer date the 承办人 proposed
    summary              TEXT,                  -- SIGN_OFF
    PRIMARY KEY (application_id, kind)
);
