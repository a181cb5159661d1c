package se.trygghetsdialog.walk;

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
 * Registrations for trygghetsvandringar made with an e-mail address. Erasing removes name, address
 * and accessibility needs; the registration stays with its walker group, so the walk's counts stay.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkRegistrationPersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  @Override
  public List<PersonalDataItem> find(MunicipalityId municipality, String email) {
    return ByAddress.query(
        jdbc,
        """
            SELECT r.registration_id, r.registered_at, r.name, r.email, r.walker_group,
                   r.accessibility, r.cancelled_at, w.title
            FROM walk_registration r JOIN walk w ON w.walk_id = r.walk_id
            WHERE w.municipality_id = :m AND lower(trim(r.email)) = :e
            ORDER BY r.registered_at
            """,
        municipality,
        email,
        (rs, row) -> {
          Map<String, String> data = new LinkedHashMap<>();
          data.put("walk", rs.getString("title"));
          data.put("name", rs.getString("name"));
          data.put("emailAddress", rs.getString("email"));
          data.put("walkerGroup", rs.getString("walker_group"));
          data.put("accessibility", rs.getString("accessibility"));
          data.put(
              "cancelledAt", String.valueOf(rs.getObject("cancelled_at", OffsetDateTime.class)));
          return new PersonalDataItem(
              "walk",
              "walk.rights.registration",
              rs.getString("title"),
              rs.getObject("registration_id", UUID.class),
              rs.getObject("registered_at", OffsetDateTime.class),
              data);
        });
  }

  @Override
  public int erase(MunicipalityId municipality, String email) {
    return ByAddress.update(
        jdbc,
        """
            UPDATE walk_registration SET name = '', email = NULL, accessibility = ''
            WHERE lower(trim(email)) = :e
              AND walk_id IN (SELECT walk_id FROM walk WHERE municipality_id = :m)
            """,
        municipality,
        email);
  }
}
