-- 重复申请: earlier applications by the same applicant are found by the ID document number of their intake event.
CREATE INDEX event_log_applicant_id ON event_log ((payload->'applicant'->>'idDocumentNumber'))
    WHERE event_type = 'ApplicationReceived';
