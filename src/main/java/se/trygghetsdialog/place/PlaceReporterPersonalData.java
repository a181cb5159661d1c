package se.trygghetsdialog.place;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.rights.ByAddress;
import se.trygghetsdialog.records.rights.PersonalDataHolder;
import se.trygghetsdialog.records.rights.PersonalDataItem;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The place reports a resident gave an e-mail address with. Erasing removes the address, the text
 * as written and the photo; the report stays with its category, place, time and the moderator's
 * public text, so the map and its counts are unchanged.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceReporterPersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  @Override
  public List<PersonalDataItem> find(MunicipalityId municipality, String email) {
    return ByAddress.query(
        jdbc,
        """
            SELECT r.report_id, r.reported_at, r.email, r.description, r.public_text, r.status,
                   r.time_of_day, r.latitude, r.longitude,
                   EXISTS (SELECT 1 FROM place_photo p WHERE p.report_id = r.report_id) AS photo
            FROM place_report r
            WHERE r.municipality_id = :m AND lower(trim(r.email)) = :e
            ORDER BY r.reported_at
            """,
        municipality,
        email,
        (rs, row) -> {
          Map<String, String> data = new LinkedHashMap<>();
          data.put("emailAddress", rs.getString("email"));
          data.put("description", rs.getString("description"));
          data.put("publicText", String.valueOf(rs.getString("public_text")));
          data.put("status", rs.getString("status"));
          data.put("timeOfDay", rs.getString("time_of_day"));
          data.put("latitude", String.valueOf(rs.getDouble("latitude")));
          data.put("longitude", String.valueOf(rs.getDouble("longitude")));
          data.put("photo", String.valueOf(rs.getBoolean("photo")));
          return new PersonalDataItem(
              "place",
              "place.rights.report",
              "",
              rs.getObject("report_id", UUID.class),
              rs.getObject("reported_at", OffsetDateTime.class),
              data);
        });
  }

  @Override
  public int erase(MunicipalityId municipality, String email) {
    ByAddress.update(
        jdbc,
        """
            DELETE FROM place_photo WHERE municipality_id = :m AND report_id IN
              (SELECT report_id FROM place_report
               WHERE municipality_id = :m AND lower(trim(email)) = :e)
            """,
        municipality,
        email);
    return ByAddress.update(
        jdbc,
        """
            UPDATE place_report SET email = NULL, description = ''
            WHERE municipality_id = :m AND lower(trim(email)) = :e
            """,
        municipality,
        email);
  }
}
