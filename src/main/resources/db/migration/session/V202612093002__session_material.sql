-- Files the dialogue team shares with a session's participants through the material link: PDF,
-- images and office documents, recognised by their content. Who uploaded a file is in the audit
-- log only, never here (the material page must not name anyone).
CREATE TABLE dialogue_session_material (
    material_id      UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    session_id       UUID        NOT NULL REFERENCES dialogue_session (session_id) ON DELETE CASCADE,
    file_name        TEXT        NOT NULL,
    kind             TEXT        NOT NULL,
    size_bytes       INT         NOT NULL CHECK (size_bytes > 0),
    content          BYTEA       NOT NULL,
    uploaded_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX dialogue_session_material_by_session ON dialogue_session_material (municipality_id, session_id, uploaded_at);
