-- Outbox (issue 6 item 4): every write to a back-end is first stored here, in the same
-- transaction as its local record, and delivered later by the sender with its idempotency key.
-- No CPR number, name or address in clear: the citizen is an HMAC, the payload AES-256-GCM.

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT, -- insertion order; never reused
    kind            TEXT    NOT NULL,                  -- which delivery, e.g. 'accesslog.entry'; not personal data
    citizen_key     BLOB    NOT NULL,                  -- HMAC-SHA-256 of the CPR number; items of one citizen go in id order
    idempotency_key TEXT    NOT NULL UNIQUE,           -- generated once at enqueue, sent on every attempt
    payload         BLOB    NOT NULL,                  -- nonce || ciphertext || tag (empty once delivered); associated data = id, kind, citizen_key, idempotency_key, created_at
    created_at      INTEGER NOT NULL,                  -- epoch milliseconds
    state           TEXT    NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INTEGER NOT NULL DEFAULT 0,        -- failed attempts so far
    next_attempt_at INTEGER NOT NULL,                  -- epoch milliseconds; not tried again before
    last_attempt_at INTEGER,                           -- epoch milliseconds of the last failed attempt
    last_error      TEXT,                              -- the last failure, without personal data
    delivered_at    INTEGER                            -- epoch milliseconds
);

-- Pending (and failed) items in order.
CREATE INDEX outbox_state_id ON outbox (state, id);

-- "Is an earlier item of this citizen still waiting for its retry?"
CREATE INDEX outbox_pending_citizen ON outbox (citizen_key, next_attempt_at, id) WHERE state = 'PENDING';
