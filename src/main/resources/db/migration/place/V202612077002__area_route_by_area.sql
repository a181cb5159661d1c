-- An area route covers either a circle (centre and radius) or one of the municipality's areas
-- (its polygon, or its centre's neighbourhood when it has none).
ALTER TABLE place_area_route
    ADD COLUMN area_id UUID REFERENCES area (area_id),
    ALTER COLUMN latitude DROP NOT NULL,
    ALTER COLUMN longitude DROP NOT NULL,
    ALTER COLUMN radius_metres DROP NOT NULL,
    ADD CONSTRAINT place_area_route_circle_or_area CHECK (
        (area_id IS NOT NULL AND latitude IS NULL AND longitude IS NULL AND radius_metres IS NULL)
        OR (area_id IS NULL AND latitude IS NOT NULL AND longitude IS NOT NULL AND radius_metres IS NOT NULL));
