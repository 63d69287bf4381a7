-- Every case number in use, whether assigned at intake or brought in by a ledger import: a number is never
-- given twice in one agency, and re-importing a ledger line finds its application here.
CREATE TABLE case_number (
    agency         VARCHAR(200) NOT NULL,
    case_number    VARCHAR(40)  NOT NULL,
    application_id VARCHAR(255) NOT NULL UNIQUE,
    PRIMARY KEY (agency, case_number)
);
