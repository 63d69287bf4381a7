-- Who last disabled, enabled or reset the password of a user, and when.
ALTER TABLE staff_user ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE staff_user ADD COLUMN changed_at TIMESTAMPTZ;
