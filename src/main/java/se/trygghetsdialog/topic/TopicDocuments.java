package se.trygghetsdialog.topic;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.access.AccessDocument;
import se.trygghetsdialog.records.access.DocumentSearch;
import se.trygghetsdialog.records.access.DocumentSource;
import se.trygghetsdialog.records.access.DocumentSummary;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Topics for requests for public access: title and description as one text, with number, origin and
 * status. A resident's proposal that moderation has not approved keeps no text here.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicDocuments implements DocumentSource {

  private final JdbcClient jdbc;
  private final Topics topics;

  @Override
  public RecordKind kind() {
    return RecordKind.TOPIC;
  }

  @Override
  public List<DocumentSummary> search(
      MunicipalityId municipality, OffsetDateTime from, OffsetDateTime to, String text, int limit) {
    return DocumentSearch.search(
        jdbc,
        """
            SELECT topic_id, created_at, title, description FROM topic
            WHERE municipality_id = :m AND created_at >= :from AND created_at < :to
              AND (title <> '' OR description <> '')
              AND (title ILIKE :pattern ESCAPE '\\' OR description ILIKE :pattern ESCAPE '\\')
            ORDER BY created_at DESC LIMIT :limit
            """,
        kind(),
        municipality,
        from,
        to,
        text,
        limit,
        "topic_id",
        "created_at",
        rs -> rs.getString("title") + ". " + rs.getString("description"));
  }

  @Override
  public Optional<AccessDocument> document(MunicipalityId municipality, String id) {
    return DocumentSearch.uuid(id)
        .flatMap(uuid -> topics.find(municipality, uuid))
        .map(
            t ->
                new AccessDocument(
                    kind(),
                    t.id().toString(),
                    t.createdAt(),
                    t.title() + "\n\n" + t.description(),
                    List.of(
                        AccessDocument.Field.plain(
                            "access.document.number", Integer.toString(t.number())),
                        AccessDocument.Field.keyed(
                            "access.document.origin", "topic.origin." + t.origin().name()),
                        AccessDocument.Field.keyed(
                            "access.document.status", "topic.status." + t.status().name()))));
  }
}
