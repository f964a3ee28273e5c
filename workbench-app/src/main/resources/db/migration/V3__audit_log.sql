-- The workbench's own hash-chained audit log: each entry's mac covers the previous entry's mac,
-- its number, its time and its encrypted payload, so an edited, inserted or deleted row breaks
-- the chain from there on.
CREATE TABLE audit_log (
  seq     INTEGER PRIMARY KEY,
  at      INTEGER NOT NULL,
  payload BLOB    NOT NULL,
  mac     BLOB    NOT NULL
);
