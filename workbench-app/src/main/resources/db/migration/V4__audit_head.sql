-- The end of the audit chain: the last entry's number and mac, itself authenticated (head_mac),
-- updated in the same transaction as every append. Deleting entries from the end leaves a chain
-- that is valid on its own; the head then no longer matches, and audit verify says so.
CREATE TABLE audit_head (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  seq      INTEGER NOT NULL,
  mac      BLOB    NOT NULL,
  head_mac BLOB    NOT NULL
);
