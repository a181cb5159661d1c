-- An area's official code, e.g. its DeSO code (0484C1010) or a RegSO code, so that population
-- statistics by region can be matched to the area. Optional; unique within the municipality.
ALTER TABLE area ADD COLUMN code TEXT;
CREATE UNIQUE INDEX area_code_unique ON area (municipality_id, code) WHERE code IS NOT NULL;
