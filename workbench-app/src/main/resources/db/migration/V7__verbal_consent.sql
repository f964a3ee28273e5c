-- Verbal consents recorded in the workbench (acting for a citizen without a power of attorney):
-- keyed by the HMAC of the citizen's CPR number, the consent itself encrypted.
CREATE TABLE verbal_consent (
  id          TEXT    PRIMARY KEY,
  citizen_key BLOB    NOT NULL,
  valid_until INTEGER NOT NULL,
  payload     BLOB    NOT NULL
);
CREATE INDEX verbal_consent_citizen ON verbal_consent (citizen_key, valid_until);
