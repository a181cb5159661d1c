-- The public heat grid's counts, kept up to date in the transaction that approves, hides, moves or
-- deletes a report (a trigger on place_report), so that the public map reads a few thousand count
-- rows instead of aggregating every approved report on each request.
--
-- place_heat_grid holds the grid the counts were made for (the same numbers as HeatGrid.sqlParams);
-- when the municipality's map bounds change, the application finds a different grid and rebuilds
-- the counts with place_heat_rebuild. A municipality without a row has no counts yet.
CREATE TABLE place_heat_grid (
    municipality_id        UUID PRIMARY KEY REFERENCES municipality (municipality_id),
    origin_latitude        DOUBLE PRECISION NOT NULL,
    origin_longitude       DOUBLE PRECISION NOT NULL,
    metres_per_degree_lon  DOUBLE PRECISION NOT NULL,
    metres_per_degree_lat  DOUBLE PRECISION NOT NULL,
    cell_metres            DOUBLE PRECISION NOT NULL
);

-- Approved reports per cell, category and time of day (what the undated public filters need).
CREATE TABLE place_heat_count (
    municipality_id  UUID   NOT NULL REFERENCES municipality (municipality_id),
    cell_column      BIGINT NOT NULL,
    cell_row         BIGINT NOT NULL,
    category_id      UUID   NOT NULL,
    time_of_day      TEXT   NOT NULL,
    reports          INT    NOT NULL CHECK (reports > 0),
    PRIMARY KEY (municipality_id, cell_column, cell_row, category_id, time_of_day)
);

-- Writers of approved reports take this lock shared, a rebuild takes it exclusively: a rebuild
-- never misses a report approved concurrently, and a trigger never counts on a grid being replaced.
CREATE FUNCTION place_heat_lock_key(m UUID) RETURNS INT LANGUAGE sql IMMUTABLE AS
$$ SELECT hashtext('place_heat:' || m::text) $$;

CREATE FUNCTION place_heat_add(m UUID, lat DOUBLE PRECISION, lon DOUBLE PRECISION, category UUID,
                               tod TEXT, delta INT) RETURNS void LANGUAGE plpgsql AS
$$
DECLARE
    g   place_heat_grid%ROWTYPE;
    col BIGINT;
    rw  BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock_shared(4719, place_heat_lock_key(m));
    SELECT * INTO g FROM place_heat_grid WHERE municipality_id = m;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    -- The same arithmetic as HeatGrid.cellOf and the aggregating query.
    col := floor((lon - g.origin_longitude) * g.metres_per_degree_lon / g.cell_metres)::bigint;
    rw := floor((lat - g.origin_latitude) * g.metres_per_degree_lat / g.cell_metres)::bigint;
    IF delta > 0 THEN
        INSERT INTO place_heat_count AS h
            (municipality_id, cell_column, cell_row, category_id, time_of_day, reports)
        VALUES (m, col, rw, category, tod, delta)
        ON CONFLICT (municipality_id, cell_column, cell_row, category_id, time_of_day)
            DO UPDATE SET reports = h.reports + EXCLUDED.reports;
    ELSE
        DELETE FROM place_heat_count
         WHERE municipality_id = m AND cell_column = col AND cell_row = rw
           AND category_id = category AND time_of_day = tod AND reports <= -delta;
        IF NOT FOUND THEN
            UPDATE place_heat_count SET reports = reports + delta
             WHERE municipality_id = m AND cell_column = col AND cell_row = rw
               AND category_id = category AND time_of_day = tod;
        END IF;
    END IF;
END
$$;

CREATE FUNCTION place_heat_track() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.municipality_id = NEW.municipality_id
       AND OLD.latitude = NEW.latitude AND OLD.longitude = NEW.longitude
       AND OLD.category_id = NEW.category_id AND OLD.time_of_day = NEW.time_of_day THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'PUBLISHED' THEN
        PERFORM place_heat_add(OLD.municipality_id, OLD.latitude, OLD.longitude, OLD.category_id,
                               OLD.time_of_day, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'PUBLISHED' THEN
        PERFORM place_heat_add(NEW.municipality_id, NEW.latitude, NEW.longitude, NEW.category_id,
                               NEW.time_of_day, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER place_heat_track
    AFTER INSERT OR DELETE OR UPDATE OF status, municipality_id, latitude, longitude, category_id,
        time_of_day
    ON place_report FOR EACH ROW EXECUTE FUNCTION place_heat_track();

-- Replaces a municipality's counts with a fresh aggregation over the given grid (one transaction).
CREATE FUNCTION place_heat_rebuild(m UUID, lat0 DOUBLE PRECISION, lon0 DOUBLE PRECISION,
                                   m_lon DOUBLE PRECISION, m_lat DOUBLE PRECISION,
                                   cell DOUBLE PRECISION) RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_advisory_xact_lock(4719, place_heat_lock_key(m));
    INSERT INTO place_heat_grid AS g (municipality_id, origin_latitude, origin_longitude,
                                      metres_per_degree_lon, metres_per_degree_lat, cell_metres)
    VALUES (m, lat0, lon0, m_lon, m_lat, cell)
    ON CONFLICT (municipality_id) DO UPDATE
        SET origin_latitude = EXCLUDED.origin_latitude,
            origin_longitude = EXCLUDED.origin_longitude,
            metres_per_degree_lon = EXCLUDED.metres_per_degree_lon,
            metres_per_degree_lat = EXCLUDED.metres_per_degree_lat,
            cell_metres = EXCLUDED.cell_metres;
    DELETE FROM place_heat_count WHERE municipality_id = m;
    INSERT INTO place_heat_count
        (municipality_id, cell_column, cell_row, category_id, time_of_day, reports)
    SELECT m, floor((longitude - lon0) * m_lon / cell)::bigint,
           floor((latitude - lat0) * m_lat / cell)::bigint, category_id, time_of_day, count(*)
      FROM place_report
     WHERE municipality_id = m AND status = 'PUBLISHED'
     GROUP BY 2, 3, 4, 5;
END
$$;
