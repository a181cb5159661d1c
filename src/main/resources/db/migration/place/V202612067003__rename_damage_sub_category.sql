-- The standard list had "Skadegörelse" twice: the top-level category and a sub-category of Otrygg
-- plats, so every category list showed the name twice. The sub-category is about the state of a
-- place; it is renamed where a municipality has not renamed it itself.
UPDATE place_category child
SET name_sv = 'Skador och trasig utrustning', name_en = 'Damage and broken fixtures'
WHERE child.code = 'DAMAGE'
  AND child.name_sv = 'Skadegörelse'
  AND EXISTS (SELECT 1 FROM place_category other
              WHERE other.municipality_id = child.municipality_id
                AND other.category_id <> child.category_id
                AND other.name_sv = 'Skadegörelse');
