package se.trygghetsdialog.walk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkRepository {

  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private static final MunicipalityRows<Walk> WALKS =
      new MunicipalityRows<>("*", "FROM walk WHERE municipality_id = :m", WalkRepository::walk);

  private final JdbcClient jdbc;

  private static OffsetDateTime at(Meeting meeting) {
    return meeting.at().atZone(ZONE).toOffsetDateTime();
  }

  private static Meeting meeting(ResultSet rs, String prefix) throws SQLException {
    return new Meeting(
        rs.getObject(prefix + "_at", OffsetDateTime.class)
            .atZoneSameInstant(ZONE)
            .toLocalDateTime(),
        rs.getString(prefix + "_place"));
  }

  private static Walk walk(ResultSet rs, int row) throws SQLException {
    return new Walk(
        rs.getObject("walk_id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getString("title"),
        rs.getObject("area_id", UUID.class),
        rs.getString("description"),
        List.of(meeting(rs, "intro"), meeting(rs, "walk"), meeting(rs, "feedback")),
        rs.getInt("max_walkers"),
        rs.getInt("registered"),
        rs.getObject("dialogue_id", UUID.class),
        rs.getObject("previous_walk_id", UUID.class),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("protocol_sent_at", OffsetDateTime.class));
  }

  Optional<UUID> byCreationToken(MunicipalityId municipality, UUID token) {
    return jdbc.sql("SELECT walk_id FROM walk WHERE municipality_id = :m AND creation_token = :t")
        .param("m", municipality.value())
        .param("t", token)
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .optional();
  }

  void insert(
      UUID id,
      MunicipalityId municipality,
      PlanWalk.Input input,
      UUID createdBy,
      @Nullable UUID creationToken) {
    jdbc.sql(
            """
            INSERT INTO walk (walk_id, municipality_id, title, area_id, description,
                intro_at, intro_place, walk_at, walk_place, feedback_at, feedback_place,
                max_walkers, dialogue_id, previous_walk_id, created_by, creation_token)
            VALUES (:id, :m, :title, :area, :description, :introAt, :introPlace, :walkAt,
                :walkPlace, :feedbackAt, :feedbackPlace, :max, :dialogue, :previous, :by, :token)
            """)
        .param("token", creationToken)
        .param("id", id)
        .param("m", municipality.value())
        .param("title", input.title())
        .param("area", input.areaId())
        .param("description", input.description())
        .param("introAt", at(input.meetings().get(0)))
        .param("introPlace", input.meetings().get(0).place())
        .param("walkAt", at(input.meetings().get(1)))
        .param("walkPlace", input.meetings().get(1).place())
        .param("feedbackAt", at(input.meetings().get(2)))
        .param("feedbackPlace", input.meetings().get(2).place())
        .param("max", input.maxWalkers())
        .param("dialogue", input.dialogueId())
        .param("previous", input.previousWalkId())
        .param("by", createdBy)
        .update();
    int position = 0;
    for (RouteStop stop : input.stops()) {
      jdbc.sql(
              """
              INSERT INTO walk_stop (walk_id, position, name, latitude, longitude)
              VALUES (:id, :position, :name, :lat, :lon)
              """)
          .param("id", id)
          .param("position", position++)
          .param("name", stop.name())
          .param("lat", stop.location() == null ? null : stop.location().latitude())
          .param("lon", stop.location() == null ? null : stop.location().longitude())
          .update();
    }
    for (PlanWalk.Invitation invitation : input.invitations()) {
      jdbc.sql(
              """
              INSERT INTO walk_invitee (walk_id, organisation_id, email)
              VALUES (:id, :organisation, :email)
              """)
          .param("id", id)
          .param("organisation", invitation.organisationId())
          .param("email", invitation.email())
          .update();
    }
  }

  Optional<Walk> find(MunicipalityId municipality, UUID id) {
    return WALKS.optional(jdbc, municipality, "AND walk_id = :id", Map.of("id", id));
  }

  /**
   * @throws WalkRuleViolation when the municipality has no such walk
   */
  Walk require(MunicipalityId municipality, UUID id) {
    return find(municipality, id)
        .orElseThrow(() -> new WalkRuleViolation("", "walk.error.notFound"));
  }

  List<Walk> all(MunicipalityId municipality) {
    return WALKS.list(jdbc, municipality, "ORDER BY walk_at DESC");
  }

  List<RouteStop> stops(UUID walkId) {
    return jdbc.sql("SELECT * FROM walk_stop WHERE walk_id = :id ORDER BY position")
        .param("id", walkId)
        .query(
            (rs, row) -> {
              double lat = rs.getDouble("latitude");
              boolean located = !rs.wasNull();
              double lon = rs.getDouble("longitude");
              return new RouteStop(
                  rs.getString("name"), located ? new Coordinates(lat, lon) : null);
            })
        .list();
  }

  /** The walks an organisation is invited to, in one read. */
  Set<UUID> walksInviting(UUID organisationId) {
    return new HashSet<>(
        jdbc.sql("SELECT walk_id FROM walk_invitee WHERE organisation_id = :o")
            .param("o", organisationId)
            .query(UUID.class)
            .list());
  }

  /** An organisation invited to a walk; its name is the tenancy module's. */
  record Invited(UUID organisationId, String email) {}

  List<Invited> invitees(UUID walkId) {
    return jdbc.sql("SELECT organisation_id, email FROM walk_invitee WHERE walk_id = :id")
        .param("id", walkId)
        .query(Invited.class)
        .list();
  }

  int updateInviteeEmail(UUID walkId, UUID organisationId, String email) {
    return jdbc.sql(
            "UPDATE walk_invitee SET email = :email WHERE walk_id = :id AND organisation_id = :o")
        .param("email", email)
        .param("id", walkId)
        .param("o", organisationId)
        .update();
  }

  /** Takes one place if there is room: a single conditional UPDATE, safe under concurrency. */
  boolean takePlace(UUID walkId) {
    return jdbc.sql(
                "UPDATE walk SET registered = registered + 1"
                    + " WHERE walk_id = :id AND registered < max_walkers")
            .param("id", walkId)
            .update()
        == 1;
  }

  void releasePlace(UUID walkId) {
    jdbc.sql("UPDATE walk SET registered = registered - 1 WHERE walk_id = :id AND registered > 0")
        .param("id", walkId)
        .update();
  }

  void insertRegistration(
      UUID id,
      UUID walkId,
      String name,
      @Nullable String email,
      WalkerGroup group,
      String accessibility,
      boolean flagged,
      String tokenHash) {
    jdbc.sql(
            """
            INSERT INTO walk_registration (registration_id, walk_id, name, email, walker_group,
                accessibility, accessibility_flagged, cancel_token_hash)
            VALUES (:id, :walk, :name, :email, :group, :accessibility, :flagged, :hash)
            """)
        .param("id", id)
        .param("walk", walkId)
        .param("name", name)
        .param("email", email)
        .param("group", group.name())
        .param("accessibility", accessibility)
        .param("flagged", flagged)
        .param("hash", tokenHash)
        .update();
  }

  record Held(UUID registrationId, UUID walkId, boolean cancelled) {}

  Optional<Held> registrationByToken(String tokenHash) {
    return jdbc.sql(
            """
            SELECT registration_id, walk_id, cancelled_at IS NOT NULL AS cancelled
            FROM walk_registration WHERE cancel_token_hash = :hash
               OR registration_id = (SELECT registration_id FROM walk_registration_link
                                     WHERE token_hash = :hash)
            """)
        .param("hash", tokenHash)
        .query(Held.class)
        .optional();
  }

  /** A further private link to a registration (see {@code walk_registration_link}). */
  void insertLink(UUID registrationId, String tokenHash) {
    jdbc.sql("INSERT INTO walk_registration_link (token_hash, registration_id) VALUES (:h, :id)")
        .param("h", tokenHash)
        .param("id", registrationId)
        .update();
  }

  boolean cancel(UUID registrationId) {
    return jdbc.sql(
                "UPDATE walk_registration SET cancelled_at = now()"
                    + " WHERE registration_id = :id AND cancelled_at IS NULL")
            .param("id", registrationId)
            .update()
        == 1;
  }

  List<Registration> registrations(UUID walkId) {
    return jdbc.sql(
            """
            SELECT registration_id AS id, name, email, walker_group AS "group", accessibility,
                accessibility_flagged, registered_at, cancelled_at
            FROM walk_registration WHERE walk_id = :id ORDER BY registered_at
            """)
        .param("id", walkId)
        .query(Registration.class)
        .list();
  }

  /** Inserts a point unless one with the same client id exists; true if it was new. */
  boolean insertPoint(UUID id, UUID walkId, RecordWalkPoint.Input in, boolean flagged, UUID by) {
    return jdbc.sql(
                """
                INSERT INTO walk_point (point_id, walk_id, client_id, latitude, longitude,
                    place_name, category_id, safe, observation, proposed_action, text_flagged,
                    owner_id, priority, deadline, photo_type, photo, recorded_by)
                VALUES (:id, :walk, :client, :lat, :lon, :place, :category, :safe, :observation,
                    :action, :flagged, :owner, :priority, :deadline, :photoType, :photo, :by)
                ON CONFLICT (walk_id, client_id) DO NOTHING
                """)
            .param("id", id)
            .param("walk", walkId)
            .param("client", in.clientId())
            .param("lat", in.location().latitude())
            .param("lon", in.location().longitude())
            .param("place", in.placeName())
            .param("category", in.categoryId())
            .param("safe", in.safe())
            .param("observation", in.observation())
            .param("action", in.proposedAction())
            .param("flagged", flagged)
            .param("owner", in.ownerId())
            .param("priority", in.priority().name())
            .param("deadline", in.deadline())
            .param("photoType", in.photo() == null ? null : in.photo().contentType())
            .param("photo", in.photo() == null ? null : in.photo().bytes())
            .param("by", by)
            .update()
        == 1;
  }

  /** The ids of the newest points of sent protocols, newest first, at most {@code limit}. */
  List<UUID> newestProtocolPointIds(MunicipalityId municipality, int limit) {
    return jdbc.sql(
            """
            SELECT p.point_id FROM walk_point p JOIN walk w ON w.walk_id = p.walk_id
            WHERE w.municipality_id = :m AND w.protocol_sent_at IS NOT NULL
            ORDER BY p.recorded_at DESC LIMIT :limit
            """)
        .param("m", municipality.value())
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  Optional<UUID> walkOfPoint(UUID pointId) {
    return jdbc.sql("SELECT walk_id FROM walk_point WHERE point_id = :p")
        .param("p", pointId)
        .query(UUID.class)
        .optional();
  }

  Optional<UUID> pointIdByClientId(UUID walkId, UUID clientId) {
    return jdbc.sql("SELECT point_id FROM walk_point WHERE walk_id = :walk AND client_id = :c")
        .param("walk", walkId)
        .param("c", clientId)
        .query(UUID.class)
        .optional();
  }

  private static WalkPoint point(ResultSet rs, int row) throws SQLException {
    return new WalkPoint(
        rs.getObject("point_id", UUID.class),
        rs.getObject("walk_id", UUID.class),
        rs.getObject("client_id", UUID.class),
        new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")),
        rs.getString("place_name"),
        rs.getObject("category_id", UUID.class),
        rs.getBoolean("safe"),
        rs.getString("observation"),
        rs.getString("proposed_action"),
        rs.getBoolean("text_flagged"),
        rs.getObject("owner_id", UUID.class),
        PointPriority.valueOf(rs.getString("priority")),
        rs.getObject("deadline", LocalDate.class),
        rs.getBoolean("has_photo"),
        PointStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"),
        rs.getObject("recorded_at", OffsetDateTime.class));
  }

  private static final String POINT_COLUMNS =
      "point_id, walk_id, client_id, latitude, longitude, place_name, category_id, safe,"
          + " observation, proposed_action, text_flagged, owner_id, priority, deadline,"
          + " photo IS NOT NULL AS has_photo, status, status_reason, recorded_at";

  List<WalkPoint> points(UUID walkId) {
    return jdbc.sql(
            "SELECT "
                + POINT_COLUMNS
                + " FROM walk_point WHERE walk_id = :walk ORDER BY recorded_at, point_id")
        .param("walk", walkId)
        .query(WalkRepository::point)
        .list();
  }

  Optional<WalkPoint> point(UUID walkId, UUID pointId) {
    return jdbc.sql(
            "SELECT " + POINT_COLUMNS + " FROM walk_point WHERE walk_id = :walk AND point_id = :p")
        .param("walk", walkId)
        .param("p", pointId)
        .query(WalkRepository::point)
        .optional();
  }

  record StoredPhoto(String contentType, byte[] bytes) {}

  Optional<StoredPhoto> photo(UUID walkId, UUID pointId) {
    return jdbc.sql(
            """
            SELECT photo_type, photo FROM walk_point
            WHERE walk_id = :walk AND point_id = :p AND photo IS NOT NULL
            """)
        .param("walk", walkId)
        .param("p", pointId)
        .query((rs, row) -> new StoredPhoto(rs.getString("photo_type"), rs.getBytes("photo")))
        .optional();
  }

  void changeStatus(UUID pointId, PointStatus status, String reason, UUID by) {
    jdbc.sql("UPDATE walk_point SET status = :s, status_reason = :r WHERE point_id = :p")
        .param("s", status.name())
        .param("r", reason)
        .param("p", pointId)
        .update();
    jdbc.sql(
            """
            INSERT INTO walk_point_status_change (change_id, point_id, status, reason, changed_by)
            VALUES (:id, :p, :s, :r, :by)
            """)
        .param("id", UUID.randomUUID())
        .param("p", pointId)
        .param("s", status.name())
        .param("r", reason)
        .param("by", by)
        .update();
  }

  List<PointStatusChange> changes(UUID walkId) {
    return jdbc.sql(
            """
            SELECT c.point_id, c.status, c.reason, c.changed_at
            FROM walk_point_status_change c JOIN walk_point p ON p.point_id = c.point_id
            WHERE p.walk_id = :walk ORDER BY c.changed_at, c.change_id
            """)
        .param("walk", walkId)
        .query(PointStatusChange.class)
        .list();
  }

  /**
   * Marks the protocol sent (and so published) the first time, as version 1; false if it already
   * was.
   */
  boolean markSent(UUID walkId) {
    return jdbc.sql(
                "UPDATE walk SET protocol_sent_at = now(), protocol_version = 1"
                    + " WHERE walk_id = :id AND protocol_sent_at IS NULL")
            .param("id", walkId)
            .update()
        == 1;
  }

  /** The version of the protocol last sent (0: not sent yet) and when it was last amended. */
  record Version(int number, @Nullable OffsetDateTime amendedAt) {}

  Version version(UUID walkId) {
    return jdbc.sql(
            "SELECT protocol_version AS number, protocol_amended_at AS amended_at FROM walk"
                + " WHERE walk_id = :id")
        .param("id", walkId)
        .query(Version.class)
        .single();
  }

  /**
   * Makes the sent protocol the next version, if it still is {@code expected}: a conditional
   * UPDATE, so two amendments of the same version (a double click) make one.
   */
  boolean amend(UUID walkId, int expected) {
    return jdbc.sql(
                """
                UPDATE walk SET protocol_version = protocol_version + 1, protocol_amended_at = now()
                WHERE walk_id = :id AND protocol_version = :v AND protocol_sent_at IS NOT NULL
                """)
            .param("id", walkId)
            .param("v", expected)
            .update()
        == 1;
  }

  /** Records one owner's mail of a version; false if that owner already got this version. */
  boolean recordMail(UUID walkId, UUID organisationId, String recipient, int points, int version) {
    return jdbc.sql(
                """
                INSERT INTO walk_protocol_mail
                    (mail_id, walk_id, organisation_id, recipient, points, version)
                VALUES (:id, :walk, :o, :r, :n, :v)
                ON CONFLICT (walk_id, organisation_id, version) DO NOTHING
                """)
            .param("id", UUID.randomUUID())
            .param("walk", walkId)
            .param("o", organisationId)
            .param("r", recipient)
            .param("n", points)
            .param("v", version)
            .update()
        == 1;
  }

  List<ProtocolMail> mails(UUID walkId) {
    return jdbc.sql(
            """
            SELECT organisation_id, recipient, points, sent_at, version FROM walk_protocol_mail
            WHERE walk_id = :walk ORDER BY sent_at, recipient
            """)
        .param("walk", walkId)
        .query(ProtocolMail.class)
        .list();
  }

  Optional<UUID> followUpOf(UUID previousWalkId) {
    return jdbc.sql(
            "SELECT walk_id FROM walk WHERE previous_walk_id = :id ORDER BY created_at LIMIT 1")
        .param("id", previousWalkId)
        .query(UUID.class)
        .optional();
  }
}
