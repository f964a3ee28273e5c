-- Decision letters (issue 9): each letter with its state in the approval workflow and the record it
-- can be rendered again from. No CPR number, name or address in clear: the citizen is an HMAC, the
-- letter record (texts, recipient block, CPR for dispatch) is AES-256-GCM ciphertext.
CREATE TABLE letters (
    id               INTEGER PRIMARY KEY,               -- letter number; never reused
    citizen_key      BLOB    NOT NULL,                  -- HMAC-SHA-256 of the CPR number
    authority        TEXT    NOT NULL,                  -- the sending authority (filter); not personal data
    digital_post     INTEGER NOT NULL,                  -- 1: registered for Digital Post, 0: exempt (paper)
    state            TEXT    NOT NULL CHECK (state IN ('DRAFT', 'APPROVED', 'PRINTED', 'DISPATCHED')),
    template_version TEXT    NOT NULL,
    language         TEXT    NOT NULL,
    large_print      INTEGER NOT NULL,
    payload          BLOB    NOT NULL,                  -- nonce || ciphertext || tag; associated data = id, citizen_key, created_at
    created_at       INTEGER NOT NULL,                  -- epoch milliseconds
    created_by       TEXT    NOT NULL                   -- staff user name
);

CREATE INDEX letters_queue ON letters (state, digital_post, authority, id);

-- Every step of every letter: who did what, when.
CREATE TABLE letter_events (
    letter_id INTEGER NOT NULL REFERENCES letters (id),
    seq       INTEGER NOT NULL,
    at        INTEGER NOT NULL,                         -- epoch milliseconds
    actor     TEXT    NOT NULL,                         -- staff user name
    role      TEXT    NOT NULL,
    action    TEXT    NOT NULL,                         -- DRAFTED, APPROVED, PRINTED, DISPATCHED, QUEUED_FOR_PRINT, REPRINTED
    PRIMARY KEY (letter_id, seq)
) WITHOUT ROWID;
