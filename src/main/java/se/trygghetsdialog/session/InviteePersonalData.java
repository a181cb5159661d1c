package se.trygghetsdialog.session;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.rights.SqlPersonalData;

/** Invitations to dialogue sessions sent to an address. Erasing deletes the invitation. */
@Component
class InviteePersonalData extends SqlPersonalData {

  InviteePersonalData(JdbcClient jdbc) {
    super(
        jdbc,
        "session",
        "session.rights.invitee",
        """
            SELECT session_id, invited_at, '' AS title, session_id, email AS email_address,
                   delete_after
            FROM dialogue_session_invitee
            WHERE municipality_id = :m AND lower(trim(email)) = :e
            ORDER BY invited_at
            """,
        "DELETE FROM dialogue_session_invitee"
            + " WHERE municipality_id = :m AND lower(trim(email)) = :e");
  }
}
