package se.trygghetsdialog.geo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for report categories. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceCategoryRepository {

  private static final String COLUMNS =
      "category_id AS id, municipality_id, parent_id, code, kind, name_sv, name_en, position, active";

  private static final MunicipalityRows<PlaceCategory> CATEGORIES =
      MunicipalityRows.of(
          PlaceCategory.class, COLUMNS, "FROM place_category WHERE municipality_id = :m");

  private final JdbcClient jdbc;

  List<PlaceCategory> all(MunicipalityId municipality) {
    return CATEGORIES.list(jdbc, municipality, "ORDER BY position, code");
  }

  Optional<PlaceCategory> find(MunicipalityId municipality, UUID id) {
    return CATEGORIES.optional(jdbc, municipality, "AND category_id = :id", Map.of("id", id));
  }

  /** Inserts unless the municipality already has a category with this code; returns its id. */
  UUID insertIfMissing(
      MunicipalityId municipality,
      @org.jspecify.annotations.Nullable UUID parent,
      String code,
      CategoryKind kind,
      String nameSv,
      String nameEn,
      int position) {
    jdbc.sql(
            """
            INSERT INTO place_category (category_id, municipality_id, parent_id, code, kind,
              name_sv, name_en, position)
            VALUES (:id, :m, :parent, :code, :kind, :sv, :en, :position)
            ON CONFLICT (municipality_id, code) DO NOTHING
            """)
        .param("id", UUID.randomUUID())
        .param("m", municipality.value())
        .param("parent", parent)
        .param("code", code)
        .param("kind", kind.name())
        .param("sv", nameSv)
        .param("en", nameEn)
        .param("position", position)
        .update();
    return jdbc.sql(
            "SELECT category_id FROM place_category WHERE municipality_id = :m AND code = :code")
        .param("m", municipality.value())
        .param("code", code)
        .query(UUID.class)
        .single();
  }

  boolean update(
      MunicipalityId municipality, UUID id, String nameSv, String nameEn, boolean active) {
    return jdbc.sql(
                """
                UPDATE place_category SET name_sv = :sv, name_en = :en, active = :active
                WHERE municipality_id = :m AND category_id = :id
                """)
            .param("sv", nameSv)
            .param("en", nameEn)
            .param("active", active)
            .param("m", municipality.value())
            .param("id", id)
            .update()
        == 1;
  }
}
