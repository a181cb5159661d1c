package se.trygghetsdialog.feedback;

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

/** Dialogues a resident follows (or followed) by e-mail. Erasing deletes the following. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FollowerPersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  @Override
  public List<PersonalDataItem> find(MunicipalityId municipality, String email) {
    return ByAddress.query(
        jdbc,
        """
            SELECT follower_id, dialogue_id, created_at, email, locale, confirmed_at,
                   unsubscribed_at
            FROM dialogue_follower
            WHERE municipality_id = :m AND lower(trim(email)) = :e
            ORDER BY created_at
            """,
        municipality,
        email,
        (rs, row) -> {
          Map<String, String> data = new LinkedHashMap<>();
          data.put("dialogueId", rs.getString("dialogue_id"));
          data.put("emailAddress", rs.getString("email"));
          data.put("language", rs.getString("locale"));
          data.put(
              "confirmedAt", String.valueOf(rs.getObject("confirmed_at", OffsetDateTime.class)));
          data.put(
              "unsubscribedAt",
              String.valueOf(rs.getObject("unsubscribed_at", OffsetDateTime.class)));
          return new PersonalDataItem(
              "feedback",
              "feedback.rights.follower",
              "",
              rs.getObject("follower_id", UUID.class),
              rs.getObject("created_at", OffsetDateTime.class),
              data);
        });
  }

  @Override
  public int erase(MunicipalityId municipality, String email) {
    return ByAddress.update(
        jdbc,
        "DELETE FROM dialogue_follower WHERE municipality_id = :m AND lower(trim(email)) = :e",
        municipality,
        email);
  }
}
