-- Calls in progress (the call-centre's interaction records before wrap-up): auto-saved every few
-- seconds so a crash loses nothing. The payload (citizen, notes, codes) is encrypted like every
-- other row; the citizen is only an HMAC here.
CREATE TABLE call_draft (
  id          TEXT    PRIMARY KEY,
  citizen_key BLOB    NOT NULL,
  updated_at  INTEGER NOT NULL,
  payload     BLOB    NOT NULL
);
