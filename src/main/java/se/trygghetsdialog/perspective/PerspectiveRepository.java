package se.trygghetsdialog.perspective;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for themes, logged contacts and perspectives. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PerspectiveRepository {

  private static final MunicipalityRows<Theme> THEMES =
      new MunicipalityRows<>(
          "theme_id, dialogue_id, name, description, archived",
          "FROM perspective_theme WHERE municipality_id = :m",
          (rs, row) ->
              new Theme(
                  rs.getObject("theme_id", UUID.class),
                  rs.getObject("dialogue_id", UUID.class),
                  rs.getString("name"),
                  rs.getString("description"),
                  rs.getBoolean("archived")));

  private static final MunicipalityRows<Contact> CONTACTS =
      new MunicipalityRows<>(
          "*",
          "FROM perspective_contact WHERE municipality_id = :m",
          PerspectiveRepository::contact);

  private static final MunicipalityRows<Perspective> PERSPECTIVES =
      new MunicipalityRows<>(
          """
          p.perspective_id, p.dialogue_id, p.contact_id, p.kind, p.text, p.masked_text, p.flagged,
          p.minority, p.dissent, p.version, c.channel, c.contact_date, c.area_id, p.recorded_at,
          COALESCE(array_agg(t.theme_id) FILTER (WHERE t.theme_id IS NOT NULL), '{}') AS themes
          """,
          """
          FROM perspective p JOIN perspective_contact c ON c.contact_id = p.contact_id
          LEFT JOIN perspective_tag t ON t.perspective_id = p.perspective_id
          WHERE p.municipality_id = :m
          """,
          PerspectiveRepository::perspective);

  private static final String GROUPED = " GROUP BY p.perspective_id, c.contact_id ";

  private final JdbcClient jdbc;

  static String ageColumn(AgeBand band) {
    return "age_" + band.name().toLowerCase(Locale.ROOT);
  }

  static String genderColumn(Gender gender) {
    return "gender_" + gender.name().toLowerCase(Locale.ROOT);
  }

  private static Contact contact(ResultSet rs, int row) throws SQLException {
    Map<AgeBand, Integer> byAge = new EnumMap<>(AgeBand.class);
    for (AgeBand band : AgeBand.values()) {
      byAge.put(band, rs.getInt(ageColumn(band)));
    }
    Map<Gender, Integer> byGender = new EnumMap<>(Gender.class);
    for (Gender gender : Gender.values()) {
      byGender.put(gender, rs.getInt(genderColumn(gender)));
    }
    return new Contact(
        rs.getObject("contact_id", UUID.class),
        rs.getObject("dialogue_id", UUID.class),
        Channel.valueOf(rs.getString("channel")),
        rs.getObject("contact_date", java.time.LocalDate.class),
        rs.getObject("area_id", UUID.class),
        rs.getInt("people"),
        byAge,
        byGender,
        rs.getInt("version"));
  }

  private static Perspective perspective(ResultSet rs, int row) throws SQLException {
    return new Perspective(
        rs.getObject("perspective_id", UUID.class),
        rs.getObject("dialogue_id", UUID.class),
        rs.getObject("contact_id", UUID.class),
        PerspectiveKind.valueOf(rs.getString("kind")),
        rs.getString("text"),
        rs.getString("masked_text"),
        rs.getBoolean("flagged"),
        rs.getBoolean("minority"),
        rs.getBoolean("dissent"),
        uuids(rs.getArray("themes")),
        Channel.valueOf(rs.getString("channel")),
        rs.getObject("contact_date", java.time.LocalDate.class),
        rs.getObject("area_id", UUID.class),
        rs.getInt("version"));
  }

  private static Set<UUID> uuids(@Nullable Array array) throws SQLException {
    Set<UUID> ids = new HashSet<>();
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        ids.add(value instanceof UUID id ? id : UUID.fromString(value.toString()));
      }
    }
    return ids;
  }

  // --- themes

  List<Theme> themes(MunicipalityId m, UUID dialogue) {
    return THEMES.list(
        jdbc, m, "AND dialogue_id = :d ORDER BY archived, lower(name)", Map.of("d", dialogue));
  }

  Optional<Theme> theme(MunicipalityId m, UUID id) {
    return THEMES.optional(jdbc, m, "AND theme_id = :id", Map.of("id", id));
  }

  boolean themeNameTaken(MunicipalityId m, UUID dialogue, String name, @Nullable UUID except) {
    return jdbc.sql(
                """
            SELECT count(*) FROM perspective_theme WHERE municipality_id = :m AND dialogue_id = :d
            AND lower(name) = lower(:name) AND (CAST(:except AS uuid) IS NULL OR theme_id <> :except)
            """)
            .param("m", m.value())
            .param("d", dialogue)
            .param("name", name)
            .param("except", except)
            .query(Integer.class)
            .single()
        > 0;
  }

  void insertTheme(MunicipalityId m, UUID id, UUID dialogue, String name, String description) {
    jdbc.sql(
            """
            INSERT INTO perspective_theme (theme_id, municipality_id, dialogue_id, name, description)
            VALUES (:id, :m, :d, :name, :description)
            """)
        .param("id", id)
        .param("m", m.value())
        .param("d", dialogue)
        .param("name", name)
        .param("description", description)
        .update();
  }

  void updateTheme(MunicipalityId m, UUID id, String name, String description) {
    jdbc.sql(
            """
            UPDATE perspective_theme SET name = :name, description = :description
            WHERE municipality_id = :m AND theme_id = :id
            """)
        .param("id", id)
        .param("m", m.value())
        .param("name", name)
        .param("description", description)
        .update();
  }

  void archiveTheme(MunicipalityId m, UUID id, boolean archived) {
    jdbc.sql(
            "UPDATE perspective_theme SET archived = :a WHERE municipality_id = :m AND theme_id = :id")
        .param("id", id)
        .param("m", m.value())
        .param("a", archived)
        .update();
  }

  // --- contacts

  List<Contact> contacts(MunicipalityId m, UUID dialogue) {
    return CONTACTS.list(
        jdbc,
        m,
        "AND dialogue_id = :d ORDER BY contact_date DESC, logged_at DESC",
        Map.of("d", dialogue));
  }

  Optional<Contact> contact(MunicipalityId m, UUID id) {
    return CONTACTS.optional(jdbc, m, "AND contact_id = :id", Map.of("id", id));
  }

  Optional<UUID> contactByToken(MunicipalityId m, UUID token) {
    return CONTACTS
        .optional(jdbc, m, "AND creation_token = :t", Map.of("t", token))
        .map(Contact::id);
  }

  private static String countColumns() {
    StringBuilder columns = new StringBuilder();
    for (AgeBand band : AgeBand.values()) {
      columns.append(", ").append(ageColumn(band));
    }
    for (Gender gender : Gender.values()) {
      columns.append(", ").append(genderColumn(gender));
    }
    return columns.toString();
  }

  private static String countParams() {
    StringBuilder params = new StringBuilder();
    for (AgeBand band : AgeBand.values()) {
      params.append(", :").append(ageColumn(band));
    }
    for (Gender gender : Gender.values()) {
      params.append(", :").append(genderColumn(gender));
    }
    return params.toString();
  }

  private static String countAssignments() {
    StringBuilder set = new StringBuilder();
    for (AgeBand band : AgeBand.values()) {
      set.append(", ").append(ageColumn(band)).append(" = :").append(ageColumn(band));
    }
    for (Gender gender : Gender.values()) {
      set.append(", ").append(genderColumn(gender)).append(" = :").append(genderColumn(gender));
    }
    return set.toString();
  }

  private static JdbcClient.StatementSpec counts(
      JdbcClient.StatementSpec sql, LogContacts.ContactInput in) {
    for (AgeBand band : AgeBand.values()) {
      sql = sql.param(ageColumn(band), in.byAge().getOrDefault(band, 0));
    }
    for (Gender gender : Gender.values()) {
      sql = sql.param(genderColumn(gender), in.byGender().getOrDefault(gender, 0));
    }
    return sql.param("channel", in.channel().name())
        .param("date", in.date())
        .param("area", in.areaId())
        .param("people", in.people());
  }

  /**
   * @return false if a contact with this creation token was already logged (nothing inserted)
   */
  boolean insertContact(
      MunicipalityId m,
      UUID id,
      UUID token,
      UUID dialogue,
      UUID actor,
      LogContacts.ContactInput in) {
    return counts(
                jdbc.sql(
                    "INSERT INTO perspective_contact (contact_id, municipality_id, dialogue_id,"
                        + " channel, contact_date, area_id, people"
                        + countColumns()
                        + ", logged_by, creation_token) VALUES (:id, :m, :d, :channel, :date,"
                        + " :area, :people"
                        + countParams()
                        + ", :actor, :token) ON CONFLICT (municipality_id, creation_token) DO"
                        + " NOTHING"),
                in)
            .param("id", id)
            .param("m", m.value())
            .param("d", dialogue)
            .param("actor", actor)
            .param("token", token)
            .update()
        == 1;
  }

  /**
   * @return 0 if the contact is no longer at {@code version} (nothing changed)
   */
  int updateContact(MunicipalityId m, UUID id, int version, LogContacts.ContactInput in) {
    return counts(
            jdbc.sql(
                "UPDATE perspective_contact SET channel = :channel, contact_date = :date, area_id"
                    + " = :area, people = :people"
                    + countAssignments()
                    + ", version = version + 1 WHERE municipality_id = :m AND contact_id = :id"
                    + " AND version = :version"),
            in)
        .param("id", id)
        .param("m", m.value())
        .param("version", version)
        .update();
  }

  // --- perspectives

  List<Perspective> perspectives(MunicipalityId m, UUID dialogue) {
    return PERSPECTIVES.list(
        jdbc,
        m,
        "AND p.dialogue_id = :d" + GROUPED + "ORDER BY p.recorded_at DESC",
        Map.of("d", dialogue));
  }

  /** How many perspectives of one theme (null: untagged) were heard through one channel. */
  record MapCell(@Nullable UUID themeId, Channel channel, int count) {}

  /** How many perspectives were heard through one channel, and how many of them are flagged. */
  record ChannelTotal(Channel channel, int count, int minority, int dissent) {}

  /** The perspective map's cells, counted in the database. */
  List<MapCell> mapCells(MunicipalityId m, UUID dialogue) {
    return jdbc.sql(
            """
            SELECT t.theme_id, c.channel, count(*) AS n
            FROM perspective p JOIN perspective_contact c ON c.contact_id = p.contact_id
            LEFT JOIN perspective_tag t ON t.perspective_id = p.perspective_id
            WHERE p.municipality_id = :m AND p.dialogue_id = :d
            GROUP BY t.theme_id, c.channel
            """)
        .param("m", m.value())
        .param("d", dialogue)
        .query(
            (rs, row) ->
                new MapCell(
                    rs.getObject("theme_id", UUID.class),
                    Channel.valueOf(rs.getString("channel")),
                    rs.getInt("n")))
        .list();
  }

  /** The perspectives per channel, each once, counted in the database. */
  List<ChannelTotal> channelTotals(MunicipalityId m, UUID dialogue) {
    return jdbc.sql(
            """
            SELECT c.channel, count(*) AS n, count(*) FILTER (WHERE p.minority) AS minority,
                   count(*) FILTER (WHERE p.dissent) AS dissent
            FROM perspective p JOIN perspective_contact c ON c.contact_id = p.contact_id
            WHERE p.municipality_id = :m AND p.dialogue_id = :d
            GROUP BY c.channel
            """)
        .param("m", m.value())
        .param("d", dialogue)
        .query(
            (rs, row) ->
                new ChannelTotal(
                    Channel.valueOf(rs.getString("channel")),
                    rs.getInt("n"),
                    rs.getInt("minority"),
                    rs.getInt("dissent")))
        .list();
  }

  /** The newest unflagged minority and dissenting perspectives, at most {@code limit}. */
  List<Perspective> quoted(MunicipalityId m, UUID dialogue, int limit) {
    return PERSPECTIVES.list(
        jdbc,
        m,
        "AND p.dialogue_id = :d AND NOT p.flagged AND (p.minority OR p.dissent)"
            + GROUPED
            + "ORDER BY p.recorded_at DESC LIMIT :limit",
        Map.of("d", dialogue, "limit", limit));
  }

  List<Perspective> ofContact(MunicipalityId m, UUID contact) {
    return PERSPECTIVES.list(
        jdbc,
        m,
        "AND p.contact_id = :c" + GROUPED + "ORDER BY p.recorded_at",
        Map.of("c", contact));
  }

  Optional<Perspective> perspective(MunicipalityId m, UUID id) {
    return PERSPECTIVES.optional(jdbc, m, "AND p.perspective_id = :id" + GROUPED, Map.of("id", id));
  }

  Optional<UUID> perspectiveByToken(MunicipalityId m, UUID token) {
    return jdbc.sql(
            "SELECT perspective_id FROM perspective WHERE municipality_id = :m AND creation_token"
                + " = :t")
        .param("m", m.value())
        .param("t", token)
        .query(UUID.class)
        .optional();
  }

  /** The ids of the newest perspectives without personal data findings, newest first. */
  List<UUID> newestUnflagged(MunicipalityId m, int limit) {
    return jdbc.sql(
            """
            SELECT perspective_id FROM perspective WHERE municipality_id = :m AND NOT flagged
            ORDER BY recorded_at DESC LIMIT :limit
            """)
        .param("m", m.value())
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  boolean insertPerspective(
      MunicipalityId m,
      UUID id,
      UUID token,
      Contact contact,
      UUID actor,
      LogContacts.PerspectiveInput in) {
    boolean added =
        perspectiveFields(
                    jdbc.sql(
                        """
                INSERT INTO perspective (perspective_id, municipality_id, dialogue_id, contact_id,
                  kind, text, masked_text, flagged, minority, dissent, recorded_by, creation_token)
                VALUES (:id, :m, :d, :c, :kind, :text, :masked, :flagged, :minority, :dissent,
                  :actor, :token)
                ON CONFLICT (municipality_id, creation_token) DO NOTHING
                """),
                    in)
                .param("id", id)
                .param("m", m.value())
                .param("d", contact.dialogueId())
                .param("c", contact.id())
                .param("actor", actor)
                .param("token", token)
                .update()
            == 1;
    if (added) {
      tag(m, id, in.themeIds());
    }
    return added;
  }

  /**
   * @return false if the perspective is no longer at {@code version} (nothing changed)
   */
  boolean updatePerspective(
      MunicipalityId m, UUID id, int version, LogContacts.PerspectiveInput in) {
    boolean updated =
        perspectiveFields(
                    jdbc.sql(
                        """
                UPDATE perspective SET kind = :kind, text = :text, masked_text = :masked,
                  flagged = :flagged, minority = :minority, dissent = :dissent,
                  version = version + 1
                WHERE municipality_id = :m AND perspective_id = :id AND version = :version
                """),
                    in)
                .param("id", id)
                .param("m", m.value())
                .param("version", version)
                .update()
            == 1;
    if (updated) {
      jdbc.sql("DELETE FROM perspective_tag WHERE municipality_id = :m AND perspective_id = :id")
          .param("m", m.value())
          .param("id", id)
          .update();
      tag(m, id, in.themeIds());
    }
    return updated;
  }

  private static JdbcClient.StatementSpec perspectiveFields(
      JdbcClient.StatementSpec sql, LogContacts.PerspectiveInput in) {
    return sql.param("kind", in.kind().name())
        .param("text", in.text())
        .param("masked", in.maskedText())
        .param("flagged", in.flagged())
        .param("minority", in.minority())
        .param("dissent", in.dissent());
  }

  private void tag(MunicipalityId m, UUID perspective, Set<UUID> themes) {
    for (UUID theme : themes) {
      jdbc.sql(
              """
              INSERT INTO perspective_tag (perspective_id, theme_id, municipality_id)
              VALUES (:p, :t, :m) ON CONFLICT DO NOTHING
              """)
          .param("p", perspective)
          .param("t", theme)
          .param("m", m.value())
          .update();
    }
  }
}
