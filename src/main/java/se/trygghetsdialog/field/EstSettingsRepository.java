package se.trygghetsdialog.field;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL of a municipality's EST settings: its checklist items and weekly report title. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EstSettingsRepository {

  private final JdbcClient jdbc;

  List<EstSettings.ChecklistItem> items(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT item_key, label_sv, label_en FROM est_checklist_item
            WHERE municipality_id = :m ORDER BY position
            """)
        .param("m", municipality.value())
        .query(
            (rs, n) ->
                new EstSettings.ChecklistItem(
                    rs.getString("item_key"), rs.getString("label_sv"), rs.getString("label_en")))
        .list();
  }

  void replaceItems(MunicipalityId municipality, List<EstSettings.ChecklistItem> items) {
    jdbc.sql("DELETE FROM est_checklist_item WHERE municipality_id = :m")
        .param("m", municipality.value())
        .update();
    int position = 0;
    for (EstSettings.ChecklistItem item : items) {
      jdbc.sql(
              """
              INSERT INTO est_checklist_item (municipality_id, position, item_key, label_sv, label_en)
              VALUES (:m, :position, :key, :sv, :en)
              """)
          .param("m", municipality.value())
          .param("position", position++)
          .param("key", item.key())
          .param("sv", item.labelSv())
          .param("en", item.labelEn())
          .update();
    }
  }

  Optional<String> weeklyTitle(MunicipalityId municipality) {
    return jdbc.sql("SELECT weekly_title FROM est_settings WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(String.class)
        .optional();
  }

  void saveWeeklyTitle(MunicipalityId municipality, String title) {
    jdbc.sql(
            """
            INSERT INTO est_settings (municipality_id, weekly_title) VALUES (:m, :title)
            ON CONFLICT (municipality_id) DO UPDATE SET weekly_title = EXCLUDED.weekly_title
            """)
        .param("m", municipality.value())
        .param("title", title)
        .update();
  }
}
