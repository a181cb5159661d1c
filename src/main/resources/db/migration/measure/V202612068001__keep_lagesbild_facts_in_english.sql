-- An adopted lägesbild keeps the facts of part 2 (titles, sources, labels, notes) in English too,
-- for English pages; the Swedish facts remain the document. Rows adopted before are Swedish.
ALTER TABLE lagesbild_version_fact ADD COLUMN language TEXT NOT NULL DEFAULT 'sv';
ALTER TABLE lagesbild_version_fact DROP CONSTRAINT lagesbild_version_fact_pkey;
ALTER TABLE lagesbild_version_fact ADD PRIMARY KEY (version_id, language, position);

ALTER TABLE lagesbild_version_fact_row ADD COLUMN language TEXT NOT NULL DEFAULT 'sv';
ALTER TABLE lagesbild_version_fact_row DROP CONSTRAINT lagesbild_version_fact_row_pkey;
ALTER TABLE lagesbild_version_fact_row ADD PRIMARY KEY (version_id, language, fact_position, position);
