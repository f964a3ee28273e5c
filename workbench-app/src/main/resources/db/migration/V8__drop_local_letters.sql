-- Decision letters moved to the shared letters API (issue 9, ADR 0018): a supervisor is another
-- staff user with another cache folder and never saw the drafts kept here. The local tables go;
-- V6 stays as applied.
DROP INDEX IF EXISTS letters_queue;
DROP TABLE IF EXISTS letter_events;
DROP TABLE IF EXISTS letters;
