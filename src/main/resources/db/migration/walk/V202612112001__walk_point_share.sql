-- A walk point shared with another organisation than its owner: an explicit act with a reason
-- (the receiving organisation then sees the walk's staff page with that point; unsharing ends it).
CREATE TABLE walk_point_share (
    point_id         UUID        NOT NULL REFERENCES walk_point (point_id),
    organisation_id  UUID        NOT NULL,
    walk_id          UUID        NOT NULL REFERENCES walk (walk_id),
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    reason           TEXT        NOT NULL,
    shared_by        UUID        NOT NULL,
    shared_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (point_id, organisation_id)
);
CREATE INDEX walk_point_share_by_organisation ON walk_point_share (organisation_id, walk_id);
