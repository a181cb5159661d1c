package se.trygghetsdialog.session;

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

/** Invitations to dialogue sessions sent to an address. Erasing deletes the invitation. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InviteePersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  @Override
  public List<PersonalDataItem> find(MunicipalityId municipality, String email) {
    return ByAddress.query(
        jdbc,
        """
            SELECT session_id, email, invited_at, delete_after FROM dialogue_session_invitee
            WHERE municipality_id = :m AND lower(trim(email)) = :e
            ORDER BY invited_at
            """,
        municipality,
        email,
        (rs, row) -> {
          Map<String, String> data = new LinkedHashMap<>();
          data.put("sessionId", rs.getString("session_id"));
          data.put("emailAddress", rs.getString("email"));
          data.put("deleteAfter", rs.getString("delete_after"));
          return new PersonalDataItem(
              "session",
              "session.rights.invitee",
              "",
              rs.getObject("session_id", UUID.class),
              rs.getObject("invited_at", OffsetDateTime.class),
              data);
        });
  }

  @Override
  public int erase(MunicipalityId municipality, String email) {
    return ByAddress.update(
        jdbc,
        "DELETE FROM dialogue_session_invitee"
            + " WHERE municipality_id = :m AND lower(trim(email)) = :e",
        municipality,
        email);
  }
}
