-- 个人信息查看记录 (个人信息保护法): every answer of query-service that showed an applicant's personal data unmasked
-- (GET /api/applications/{id}?personalData=true): who, which application, when. Not folded from the events, so a
-- rebuild of the read models keeps it.
CREATE TABLE personal_data_view (
    id             BIGSERIAL    PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    application_id VARCHAR(255) NOT NULL,
    agency         VARCHAR(200) NOT NULL,
    viewed_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX personal_data_view_by_application ON personal_data_view (application_id, viewed_at);
