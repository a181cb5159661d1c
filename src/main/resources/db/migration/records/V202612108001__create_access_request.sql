-- Requests for public access to documents (utlämnande) with secrecy review per passage.

-- The municipality's list of legal grounds for secrecy (OSL chapter and section), editable by an
-- administrator. A default list is added the first time a municipality's list is read.
CREATE TABLE secrecy_ground (
    ground_id        UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    chapter          INT         NOT NULL,
    section          INT         NOT NULL,
    label            TEXT        NOT NULL,
    verified         BOOLEAN     NOT NULL DEFAULT false,
    active           BOOLEAN     NOT NULL DEFAULT true,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (municipality_id, chapter, section)
);

CREATE TABLE access_request (
    request_id       UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    number           INT         NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL,
    requester        TEXT        NOT NULL DEFAULT '',
    subject          TEXT        NOT NULL,
    channel          TEXT        NOT NULL,
    registered_by    UUID        NOT NULL,
    registered_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    outcome          TEXT,
    reasons          TEXT        NOT NULL DEFAULT '',
    decided_by       UUID,
    decided_at       TIMESTAMPTZ,
    UNIQUE (municipality_id, number)
);
CREATE INDEX access_request_newest ON access_request (municipality_id, received_at DESC);

-- A document a request covers: the text and metadata as they were when it was attached, so that
-- secrecy marks (character offsets into the text) keep pointing at what was reviewed.
CREATE TABLE access_request_document (
    request_id       UUID        NOT NULL REFERENCES access_request (request_id) ON DELETE CASCADE,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    kind             TEXT        NOT NULL,
    document_id      TEXT        NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL,
    text             TEXT        NOT NULL,
    metadata         TEXT        NOT NULL DEFAULT '',
    added_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (request_id, kind, document_id)
);

-- A passage withheld from the copy: characters [start_offset, end_offset) of the document's text.
CREATE TABLE access_redaction (
    redaction_id     UUID PRIMARY KEY,
    request_id       UUID        NOT NULL,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    kind             TEXT        NOT NULL,
    document_id      TEXT        NOT NULL,
    start_offset     INT         NOT NULL CHECK (start_offset >= 0),
    end_offset       INT         NOT NULL,
    ground_id        UUID        NOT NULL REFERENCES secrecy_ground (ground_id),
    marked_by        UUID        NOT NULL,
    marked_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (end_offset > start_offset),
    FOREIGN KEY (request_id, kind, document_id)
        REFERENCES access_request_document (request_id, kind, document_id) ON DELETE CASCADE
);
CREATE INDEX access_redaction_document ON access_redaction (request_id, kind, document_id);
