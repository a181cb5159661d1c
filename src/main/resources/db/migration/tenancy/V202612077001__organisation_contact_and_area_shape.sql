-- Organisations get contact addresses and can be archived (kept for what points to them, no longer offered).
ALTER TABLE organisation
    ADD COLUMN email    TEXT    NOT NULL DEFAULT '',
    ADD COLUMN phone    TEXT    NOT NULL DEFAULT '',
    ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;

-- An area may have a boundary: a GeoJSON Polygon or MultiPolygon (WGS 84) and its bounding box,
-- which prefilters the point-in-polygon test. Areas without one keep only their centre.
ALTER TABLE area
    ADD COLUMN geometry      TEXT,
    ADD COLUMN min_latitude  DOUBLE PRECISION,
    ADD COLUMN max_latitude  DOUBLE PRECISION,
    ADD COLUMN min_longitude DOUBLE PRECISION,
    ADD COLUMN max_longitude DOUBLE PRECISION,
    ADD COLUMN archived      BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT area_geometry_has_box CHECK (geometry IS NULL OR min_latitude IS NOT NULL);
CREATE INDEX area_box ON area (municipality_id, min_latitude, max_latitude, min_longitude, max_longitude)
    WHERE geometry IS NOT NULL;
