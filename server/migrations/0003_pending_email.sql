-- My Page can change the email address (the sign-in): the new address waits here until the
-- code mailed to it is typed back; the code itself reuses the email_code_* columns.
ALTER TABLE applications ADD COLUMN pending_email TEXT;
