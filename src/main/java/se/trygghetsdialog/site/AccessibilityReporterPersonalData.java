package se.trygghetsdialog.site;

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
 * Reports of accessibility problems sent with an address for the reply. Erasing removes the address
 * and the text as written; the report stays for the count.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessibilityReporterPersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  @Override
  public List<PersonalDataItem> find(MunicipalityId municipality, String email) {
    return ByAddress.query(
        jdbc,
        """
            SELECT id, created_at, page_url, description, reply_email, handled_at
            FROM accessibility_report
            WHERE municipality_id = :m AND lower(trim(reply_email)) = :e
            ORDER BY created_at
            """,
        municipality,
        email,
        (rs, row) -> {
          Map<String, String> data = new LinkedHashMap<>();
          data.put("page", rs.getString("page_url"));
          data.put("description", rs.getString("description"));
          data.put("emailAddress", rs.getString("reply_email"));
          data.put("handledAt", String.valueOf(rs.getObject("handled_at", OffsetDateTime.class)));
          return new PersonalDataItem(
              "site",
              "site.rights.accessibilityReport",
              "",
              rs.getObject("id", UUID.class),
              rs.getObject("created_at", OffsetDateTime.class),
              data);
        });
  }

  @Override
  public int erase(MunicipalityId municipality, String email) {
    return ByAddress.update(
        jdbc,
        """
            UPDATE accessibility_report SET reply_email = '', description = ''
            WHERE municipality_id = :m AND lower(trim(reply_email)) = :e
            """,
        municipality,
        email);
  }
}
