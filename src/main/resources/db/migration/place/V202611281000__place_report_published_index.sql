-- The public map reads only published reports: newest first for the list, all of them for the grid.
CREATE INDEX place_report_published ON place_report (municipality_id, reported_at DESC)
    WHERE status = 'PUBLISHED';
