-- An organisation (typically a housing company) owns the reports inside a circle: its housing area.
CREATE TABLE place_area_route (
    route_id         UUID             PRIMARY KEY,
    municipality_id  UUID             NOT NULL REFERENCES municipality (municipality_id),
    organisation_id  UUID             NOT NULL,
    name             TEXT             NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    latitude         DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude        DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    radius_metres    INTEGER          NOT NULL CHECK (radius_metres BETWEEN 50 AND 5000),
    created_at       TIMESTAMPTZ      NOT NULL DEFAULT now()
);
CREATE INDEX place_area_route_municipality ON place_area_route (municipality_id, organisation_id);
