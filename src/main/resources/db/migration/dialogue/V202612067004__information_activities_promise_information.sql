-- An information activity (the question cannot be influenced) promises information, the lowest
-- level of the municipality's participation ladder; charters that promised more are corrected.
UPDATE dialogue d
SET participation_level_id = (SELECT l.level_id FROM participation_level l
                              WHERE l.municipality_id = d.municipality_id
                              ORDER BY l.rank LIMIT 1)
WHERE d.can_be_influenced = FALSE
  AND d.participation_level_id IS NOT NULL;
