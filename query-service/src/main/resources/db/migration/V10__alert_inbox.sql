-- 预警收件箱: one row per alert (the alert events, and the 6.1 / 6.2 closings the system recorded itself), with its
-- acknowledgement. Agency, case number and handler are the application's, read from application_view.
CREATE TABLE alert_inbox (
    alert_id          VARCHAR(255) NOT NULL PRIMARY KEY, -- the id of the event that recorded the alert
    application_id    VARCHAR(255) NOT NULL,
    kind              VARCHAR(40)  NOT NULL,             -- AlertKind
    due_date          DATE         NOT NULL,             -- the deadline it is about
    working_days_left INTEGER,                           -- when it fired; null for overdue and closings
    appeal_id         VARCHAR(255),                      -- for an appeal reply alert
    fired_at          TIMESTAMPTZ  NOT NULL,
    fired_on          DATE         NOT NULL,             -- fired_at as a Beijing date, for the daily digest
    position          BIGINT       NOT NULL,             -- of the alert event
    acknowledged_by   VARCHAR(64),                       -- null while unread
    acknowledged_at   TIMESTAMPTZ
);
CREATE INDEX alert_inbox_by_application ON alert_inbox (application_id, fired_at);
CREATE INDEX alert_inbox_by_day ON alert_inbox (fired_on);
