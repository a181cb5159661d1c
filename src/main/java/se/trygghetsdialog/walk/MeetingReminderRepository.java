package se.trygghetsdialog.walk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** The reminders due before the walks' meetings, and the claims that make each one go out once. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeetingReminderRepository {

  /** One reminder to send: meeting 1, 2 or 3 of a walk, to one active registration. */
  record Due(
      UUID walkId,
      MunicipalityId municipality,
      String title,
      int meeting,
      OffsetDateTime at,
      String place,
      UUID registrationId,
      String email) {}

  private final JdbcClient jdbc;

  /** Meetings starting after {@code now} and at the latest {@code until}, not yet reminded. */
  List<Due> due(OffsetDateTime now, OffsetDateTime until) {
    return jdbc.sql(
            """
            SELECT w.walk_id, w.municipality_id, w.title, m.meeting, m.at, m.place,
                   r.registration_id, r.email
            FROM walk w
            CROSS JOIN LATERAL (VALUES (1, w.intro_at, w.intro_place),
                                       (2, w.walk_at, w.walk_place),
                                       (3, w.feedback_at, w.feedback_place)) AS m (meeting, at, place)
            JOIN walk_registration r ON r.walk_id = w.walk_id
            WHERE m.at > :now AND m.at <= :until
              AND r.cancelled_at IS NULL AND r.email IS NOT NULL AND r.email <> ''
              AND NOT EXISTS (SELECT 1 FROM walk_meeting_reminder x
                              WHERE x.walk_id = w.walk_id AND x.meeting = m.meeting
                                AND x.registration_id = r.registration_id)
            ORDER BY m.at, r.registered_at
            """)
        .param("now", now)
        .param("until", until)
        .query(
            (rs, row) ->
                new Due(
                    rs.getObject("walk_id", UUID.class),
                    new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
                    rs.getString("title"),
                    rs.getInt("meeting"),
                    rs.getObject("at", OffsetDateTime.class),
                    rs.getString("place"),
                    rs.getObject("registration_id", UUID.class),
                    rs.getString("email")))
        .list();
  }

  /**
   * Claims the reminder if the registration is still active and nobody claimed it before: true
   * means this caller sends it. Another node's claim of the same row makes this one wait for its
   * commit and then get false.
   */
  boolean claim(UUID walkId, int meeting, UUID registrationId, OffsetDateTime now) {
    return jdbc.sql(
                """
                INSERT INTO walk_meeting_reminder (walk_id, meeting, registration_id, sent_at)
                SELECT :walk, :meeting, r.registration_id, :now FROM walk_registration r
                WHERE r.registration_id = :registration AND r.walk_id = :walk
                  AND r.cancelled_at IS NULL
                ON CONFLICT DO NOTHING
                """)
            .param("walk", walkId)
            .param("meeting", meeting)
            .param("registration", registrationId)
            .param("now", now)
            .update()
        == 1;
  }

  /** How many reminders went out for one meeting of a walk. */
  int sentFor(UUID walkId, int meeting) {
    return jdbc.sql(
            "SELECT count(*) FROM walk_meeting_reminder WHERE walk_id = :walk AND meeting = :m")
        .param("walk", walkId)
        .param("m", meeting)
        .query(Integer.class)
        .single();
  }
}
