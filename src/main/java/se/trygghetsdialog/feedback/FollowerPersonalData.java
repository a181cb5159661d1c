package se.trygghetsdialog.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.rights.SqlPersonalData;

/** Dialogues a resident follows (or followed) by e-mail. Erasing deletes the following. */
@Component
class FollowerPersonalData extends SqlPersonalData {

  FollowerPersonalData(JdbcClient jdbc) {
    super(
        jdbc,
        "feedback",
        "feedback.rights.follower",
        """
            SELECT follower_id, created_at, '' AS title, dialogue_id, email AS email_address,
                   locale AS language, confirmed_at, unsubscribed_at
            FROM dialogue_follower
            WHERE municipality_id = :m AND lower(trim(email)) = :e
            ORDER BY created_at
            """,
        "DELETE FROM dialogue_follower WHERE municipality_id = :m AND lower(trim(email)) = :e");
  }
}
