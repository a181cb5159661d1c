-- A municipality's own EST checklist items and weekly report title. Without rows the defaults in
-- code and messages apply.
CREATE TABLE est_settings (
    municipality_id  UUID PRIMARY KEY REFERENCES municipality (municipality_id),
    weekly_title     TEXT NOT NULL
);

CREATE TABLE est_checklist_item (
    municipality_id  UUID    NOT NULL REFERENCES municipality (municipality_id),
    position         INT     NOT NULL,
    item_key         TEXT    NOT NULL,
    label_sv         TEXT    NOT NULL,
    label_en         TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (municipality_id, item_key),
    UNIQUE (municipality_id, position)
);
