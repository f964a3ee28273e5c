-- Offline cache core (issue 6, ADR 5). Nothing here holds a CPR number, name or address in
-- clear: citizens are identified by an HMAC, payloads are AES-256-GCM ciphertext.

-- The data key, wrapped (AES-256-GCM) by the KeyProvider's key-encryption key. One row.
CREATE TABLE cache_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    wrapped_key BLOB    NOT NULL, -- nonce || ciphertext || tag
    created_at  INTEGER NOT NULL  -- epoch milliseconds
);

-- One row per citizen and overview section.
CREATE TABLE section_cache (
    citizen_key BLOB    NOT NULL, -- HMAC-SHA-256 of the CPR number, never the number
    section     TEXT    NOT NULL, -- section name such as 'person'; not personal data
    fetched_at  INTEGER NOT NULL, -- epoch milliseconds; also bound into the ciphertext
    payload     BLOB    NOT NULL, -- nonce || ciphertext || tag; associated data = row key, section, fetched_at
    PRIMARY KEY (citizen_key, section)
) WITHOUT ROWID;

CREATE INDEX section_cache_fetched_at ON section_cache (fetched_at);
