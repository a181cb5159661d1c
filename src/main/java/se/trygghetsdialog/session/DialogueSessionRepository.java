package se.trygghetsdialog.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for dialogue sessions, their attendance, agreements and invited addresses. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueSessionRepository {

  private static final MunicipalityRows<DialogueSession> SESSIONS =
      new MunicipalityRows<>(
          "*",
          "FROM dialogue_session WHERE municipality_id = :m",
          DialogueSessionRepository::session);

  private final JdbcClient jdbc;

  private static DialogueSession session(ResultSet rs, int row) throws SQLException {
    return new DialogueSession(
        rs.getObject("session_id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        new DialogueId(rs.getObject("dialogue_id", UUID.class)),
        SessionFormat.valueOf(rs.getString("format")),
        rs.getString("title"),
        rs.getString("agenda"),
        new Venue(
            rs.getString("venue"),
            rs.getBoolean("step_free"),
            rs.getBoolean("hearing_loop"),
            rs.getBoolean("accessible_toilet"),
            rs.getBoolean("public_transport"),
            rs.getString("accessibility_note")),
        rs.getString("digital_link"),
        rs.getString("material_links"),
        rs.getObject("session_date", LocalDate.class),
        rs.getObject("start_time", LocalTime.class),
        rs.getObject("end_time", LocalTime.class),
        rs.getObject("attended", Integer.class),
        rs.getString("notes"),
        rs.getBoolean("notes_flagged"),
        rs.getObject("notes_published_at", OffsetDateTime.class));
  }

  /**
   * @return false if a session with this creation token was already planned (nothing inserted)
   */
  boolean insert(
      MunicipalityId m,
      DialogueSession s,
      String materialTokenHash,
      UUID actor,
      UUID creationToken) {
    Venue v = s.venue();
    return jdbc.sql(
                """
                INSERT INTO dialogue_session (session_id, municipality_id, dialogue_id, format,
                  title, agenda, venue, step_free, hearing_loop, accessible_toilet,
                  public_transport, accessibility_note, digital_link, material_links, session_date,
                  start_time, end_time, material_token_hash, created_by, creation_token)
                VALUES (:id, :m, :dialogue, :format, :title, :agenda, :venue, :stepFree,
                  :hearingLoop, :toilet, :transport, :note, :link, :material, :date, :start, :end,
                  :hash, :actor, :token)
                ON CONFLICT (municipality_id, creation_token) DO NOTHING
                """)
            .param("id", s.id())
            .param("m", m.value())
            .param("dialogue", s.dialogueId().value())
            .param("format", s.format().name())
            .param("title", s.title())
            .param("agenda", s.agenda())
            .param("venue", v.name())
            .param("stepFree", v.stepFree())
            .param("hearingLoop", v.hearingLoop())
            .param("toilet", v.accessibleToilet())
            .param("transport", v.publicTransport())
            .param("note", v.note())
            .param("link", s.digitalLink())
            .param("material", s.materialLinks())
            .param("date", s.date())
            .param("start", s.start())
            .param("end", s.end())
            .param("hash", materialTokenHash)
            .param("actor", actor)
            .param("token", creationToken)
            .update()
        == 1;
  }

  Optional<UUID> byCreationToken(MunicipalityId m, UUID token) {
    return SESSIONS
        .optional(jdbc, m, "AND creation_token = :t", Map.of("t", token))
        .map(DialogueSession::id);
  }

  Optional<DialogueSession> find(MunicipalityId m, UUID id) {
    return SESSIONS.optional(jdbc, m, "AND session_id = :id", Map.of("id", id));
  }

  Optional<DialogueSession> byMaterialTokenHash(MunicipalityId m, String hash) {
    return SESSIONS.optional(jdbc, m, "AND material_token_hash = :h", Map.of("h", hash));
  }

  List<DialogueSession> ofDialogue(MunicipalityId m, DialogueId dialogue) {
    return SESSIONS.list(
        jdbc,
        m,
        "AND dialogue_id = :d ORDER BY session_date, start_time, session_id",
        Map.of("d", dialogue.value()));
  }

  void recordOutcome(
      MunicipalityId m,
      UUID id,
      Attendance attendance,
      String notes,
      boolean flagged,
      List<Agreement> agreements) {
    jdbc.sql(
            """
            UPDATE dialogue_session SET attended = :total, notes = :notes, notes_flagged = :flagged,
              notes_published_at = CASE WHEN :flagged THEN NULL ELSE notes_published_at END
            WHERE municipality_id = :m AND session_id = :id
            """)
        .param("total", attendance.total())
        .param("notes", notes)
        .param("flagged", flagged)
        .param("m", m.value())
        .param("id", id)
        .update();
    jdbc.sql(
            "DELETE FROM dialogue_session_attendance WHERE municipality_id = :m AND session_id = :id")
        .param("m", m.value())
        .param("id", id)
        .update();
    attendance.byAge().forEach((band, n) -> count(m, id, "AGE", band.name(), n));
    attendance.byGender().forEach((gender, n) -> count(m, id, "GENDER", gender.name(), n));
    jdbc.sql(
            "DELETE FROM dialogue_session_agreement WHERE municipality_id = :m AND session_id = :id")
        .param("m", m.value())
        .param("id", id)
        .update();
    for (int i = 0; i < agreements.size(); i++) {
      jdbc.sql(
              """
              INSERT INTO dialogue_session_agreement
                (agreement_id, municipality_id, session_id, position, text)
              VALUES (:agreement, :m, :id, :position, :text)
              """)
          .param("agreement", agreements.get(i).id())
          .param("m", m.value())
          .param("id", id)
          .param("position", i)
          .param("text", agreements.get(i).text())
          .update();
    }
  }

  private void count(MunicipalityId m, UUID id, String dimension, String band, int people) {
    jdbc.sql(
            """
            INSERT INTO dialogue_session_attendance (municipality_id, session_id, dimension, band, people)
            VALUES (:m, :id, :dimension, :band, :people)
            """)
        .param("m", m.value())
        .param("id", id)
        .param("dimension", dimension)
        .param("band", band)
        .param("people", people)
        .update();
  }

  Optional<Attendance> attendance(MunicipalityId m, DialogueSession s) {
    if (s.attended() == null) {
      return Optional.empty();
    }
    Map<AgeBand, Integer> byAge = new EnumMap<>(AgeBand.class);
    Map<Gender, Integer> byGender = new EnumMap<>(Gender.class);
    jdbc.sql(
            "SELECT dimension, band, people FROM dialogue_session_attendance"
                + " WHERE municipality_id = :m AND session_id = :id")
        .param("m", m.value())
        .param("id", s.id())
        .query(
            rs -> {
              if ("AGE".equals(rs.getString("dimension"))) {
                byAge.put(AgeBand.valueOf(rs.getString("band")), rs.getInt("people"));
              } else {
                byGender.put(Gender.valueOf(rs.getString("band")), rs.getInt("people"));
              }
            });
    return Optional.of(new Attendance(s.attended(), byAge, byGender));
  }

  List<Agreement> agreements(MunicipalityId m, String where, Map<String, ?> params) {
    return jdbc.sql(
            "SELECT a.agreement_id, a.session_id, a.text FROM dialogue_session_agreement a"
                + " JOIN dialogue_session s ON s.session_id = a.session_id"
                + " WHERE a.municipality_id = :m AND s.municipality_id = :m "
                + where)
        .param("m", m.value())
        .params(params)
        .query(
            (rs, row) ->
                new Agreement(
                    rs.getObject("agreement_id", UUID.class),
                    rs.getObject("session_id", UUID.class),
                    rs.getString("text")))
        .list();
  }

  void publishNotes(MunicipalityId m, UUID id) {
    jdbc.sql(
            "UPDATE dialogue_session SET notes_published_at = now()"
                + " WHERE municipality_id = :m AND session_id = :id")
        .param("m", m.value())
        .param("id", id)
        .update();
  }

  /**
   * @return whether the address was new for the session
   */
  boolean invite(MunicipalityId m, UUID session, String email, LocalDate deleteAfter) {
    return jdbc.sql(
                """
                INSERT INTO dialogue_session_invitee (municipality_id, session_id, email, delete_after)
                VALUES (:m, :s, :email, :deleteAfter) ON CONFLICT DO NOTHING
                """)
            .param("m", m.value())
            .param("s", session)
            .param("email", email)
            .param("deleteAfter", deleteAfter)
            .update()
        == 1;
  }

  List<String> invitees(MunicipalityId m, UUID session) {
    return jdbc.sql(
            "SELECT email FROM dialogue_session_invitee WHERE municipality_id = :m"
                + " AND session_id = :s ORDER BY email")
        .param("m", m.value())
        .param("s", session)
        .query(String.class)
        .list();
  }

  /** Forgets the invited addresses of every session of the dialogue. */
  int forgetInvitees(MunicipalityId m, DialogueId dialogue) {
    return jdbc.sql(
            """
            DELETE FROM dialogue_session_invitee i USING dialogue_session s
            WHERE i.session_id = s.session_id AND i.municipality_id = :m
              AND s.municipality_id = :m AND s.dialogue_id = :d
            """)
        .param("m", m.value())
        .param("d", dialogue.value())
        .update();
  }

  /** Forgets, in every municipality, the addresses kept past their time. */
  int forgetExpiredInvitees(LocalDate today) {
    return jdbc.sql("DELETE FROM dialogue_session_invitee WHERE delete_after < :today")
        .param("today", today)
        .update();
  }
}
