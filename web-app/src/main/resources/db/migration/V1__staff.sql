-- 机关: the agencies whose staff use the system.
CREATE TABLE agency (
    name       VARCHAR(200) NOT NULL PRIMARY KEY,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- 用户: staff who log in. agency NULL = 全市 (roll-up roles only); roles comma-separated Role names.
CREATE TABLE staff_user (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL, -- bcrypt
    agency        VARCHAR(200) REFERENCES agency (name),
    roles         VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- 个人信息查看记录: every time someone was shown an applicant's unmasked personal data.
CREATE TABLE personal_data_view (
    id             BIGSERIAL    PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    application_id VARCHAR(255) NOT NULL,
    case_number    VARCHAR(20),
    agency         VARCHAR(200),
    viewed_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX personal_data_view_by_application ON personal_data_view (application_id, viewed_at);
