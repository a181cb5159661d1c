package se.trygghetsdialog.topic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for topics. Every statement filters by the municipality. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicRepository {

  private static final MunicipalityRows<Topic> TOPICS =
      new MunicipalityRows<>(
          """
          topic_id, municipality_id, number, title, description, origin, origin_reference,
          visibility, status, status_reason, status_changed_at, dialogue_id, created_at, version
          """,
          "FROM topic WHERE municipality_id = :m",
          TopicRepository::topic);

  private final JdbcClient jdbc;

  private static Topic topic(ResultSet rs, int row) throws SQLException {
    UUID dialogue = rs.getObject("dialogue_id", UUID.class);
    return new Topic(
        rs.getObject("topic_id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getInt("number"),
        rs.getString("title"),
        rs.getString("description"),
        TopicOrigin.valueOf(rs.getString("origin")),
        rs.getString("origin_reference"),
        TopicVisibility.valueOf(rs.getString("visibility")),
        TopicStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"),
        rs.getObject("status_changed_at", OffsetDateTime.class),
        dialogue == null ? null : new DialogueId(dialogue),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getInt("version"));
  }

  /** The topic a political decision turned into {@code dialogue}, if any. */
  Optional<Topic> ofDialogue(MunicipalityId municipality, DialogueId dialogue) {
    return TOPICS
        .list(
            jdbc,
            municipality,
            "AND dialogue_id = :dialogue ORDER BY number LIMIT 1",
            Map.of("dialogue", dialogue.value()))
        .stream()
        .findFirst();
  }

  /** Every status change of a topic, oldest first. */
  List<TopicStatusChange> history(MunicipalityId municipality, UUID id) {
    return jdbc.sql(
            """
            SELECT status, reason, changed_at FROM topic_status_change
            WHERE municipality_id = :m AND topic_id = :id ORDER BY changed_at, change_id
            """)
        .param("m", municipality.value())
        .param("id", id)
        .query(
            (rs, row) ->
                new TopicStatusChange(
                    TopicStatus.valueOf(rs.getString("status")),
                    rs.getString("reason"),
                    rs.getObject("changed_at", OffsetDateTime.class)))
        .list();
  }

  Optional<Topic> find(MunicipalityId municipality, UUID id) {
    return TOPICS.optional(jdbc, municipality, "AND topic_id = :id", Map.of("id", id));
  }

  /** Topics newest first; only those the public pages show, or all for staff. */
  List<Topic> page(MunicipalityId municipality, boolean shownOnly, int limit, int offset) {
    return TOPICS.list(
        jdbc,
        municipality,
        (shownOnly ? "AND visibility = 'SHOWN' " : "")
            + "ORDER BY created_at DESC, number DESC LIMIT :limit OFFSET :offset",
        Map.of("limit", limit, "offset", offset));
  }

  int count(MunicipalityId municipality, boolean shownOnly) {
    return jdbc.sql(
            "SELECT count(*) FROM topic WHERE municipality_id = :m"
                + (shownOnly ? " AND visibility = 'SHOWN'" : ""))
        .param("m", municipality.value())
        .query(Integer.class)
        .single();
  }

  /** Stores a new topic with the next number of the municipality's backlog. */
  void insert(Topic topic, @Nullable UUID createdBy) {
    jdbc.sql(
            """
            INSERT INTO topic (topic_id, municipality_id, number, title, description, origin,
              origin_reference, visibility, status, status_reason, status_changed_at, created_by,
              created_at)
            VALUES (:id, :m,
              (SELECT coalesce(max(number), 0) + 1 FROM topic WHERE municipality_id = :m),
              :title, :description, :origin, :reference, :visibility, :status, '', :at, :by, :at)
            """)
        .param("id", topic.id())
        .param("m", topic.municipalityId().value())
        .param("title", topic.title())
        .param("description", topic.description())
        .param("origin", topic.origin().name())
        .param("reference", topic.originReference())
        .param("visibility", topic.visibility().name())
        .param("status", topic.status().name())
        .param("at", topic.createdAt())
        .param("by", createdBy)
        .update();
  }

  /** Publishes or hides a resident's proposal; publishing stores the moderator's public text. */
  void moderate(
      MunicipalityId municipality,
      UUID id,
      TopicVisibility visibility,
      String title,
      String description) {
    jdbc.sql(
            """
            UPDATE topic SET visibility = :visibility, title = :title, description = :description,
              version = version + 1
            WHERE municipality_id = :m AND topic_id = :id AND visibility = 'PENDING'
            """)
        .param("visibility", visibility.name())
        .param("title", title)
        .param("description", description)
        .param("m", municipality.value())
        .param("id", id)
        .update();
  }

  /**
   * Changes the status if the topic is still at the version the form was based on.
   *
   * @return false if someone changed it meanwhile
   */
  boolean changeStatus(
      MunicipalityId municipality,
      UUID id,
      int version,
      TopicStatus status,
      String reason,
      @Nullable DialogueId dialogue,
      OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE topic SET status = :status, status_reason = :reason, status_changed_at = :at,
                  dialogue_id = coalesce(CAST(:dialogue AS UUID), dialogue_id), version = version + 1
                WHERE municipality_id = :m AND topic_id = :id AND version = :version
                """)
            .param("status", status.name())
            .param("reason", reason)
            .param("at", at)
            .param("dialogue", dialogue == null ? null : dialogue.value())
            .param("m", municipality.value())
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  /** Records a status change in the topic's history. */
  void recordStatus(
      MunicipalityId municipality, UUID id, TopicStatus status, String reason, OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO topic_status_change (municipality_id, topic_id, status, reason, changed_at)
            VALUES (:m, :id, :status, :reason, :at)
            """)
        .param("m", municipality.value())
        .param("id", id)
        .param("status", status.name())
        .param("reason", reason)
        .param("at", at)
        .update();
  }
}
