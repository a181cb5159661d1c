package se.trygghetsdialog.opinion;

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
 * Statements of opinion dialogues for requests for public access. A resident's statement that
 * moderation has not approved keeps no text here (the text as sent is in the moderation queue).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatementDocuments implements DocumentSource {

  private final JdbcClient jdbc;
  private final OpinionConversations conversations;

  @Override
  public RecordKind kind() {
    return RecordKind.STATEMENT;
  }

  @Override
  public List<DocumentSummary> search(
      MunicipalityId municipality, OffsetDateTime from, OffsetDateTime to, String text, int limit) {
    return DocumentSearch.search(
        jdbc,
        """
            SELECT statement_id, created_at, text FROM opinion_statement
            WHERE municipality_id = :m AND created_at >= :from AND created_at < :to
              AND text <> '' AND text ILIKE :pattern ESCAPE '\\'
            ORDER BY created_at DESC LIMIT :limit
            """,
        kind(),
        municipality,
        from,
        to,
        text,
        limit,
        "statement_id",
        "created_at",
        rs -> rs.getString("text"));
  }

  @Override
  public Optional<AccessDocument> document(MunicipalityId municipality, String id) {
    return DocumentSearch.uuid(id)
        .flatMap(uuid -> conversations.statement(municipality, new StatementId(uuid)))
        .map(
            s ->
                new AccessDocument(
                    kind(),
                    s.id().value().toString(),
                    s.createdAt(),
                    s.text(),
                    List.of(
                        AccessDocument.Field.plain(
                            "access.document.number", Integer.toString(s.number())),
                        AccessDocument.Field.keyed(
                            "access.document.origin", "opinion.origin." + s.origin().name()),
                        AccessDocument.Field.keyed(
                            "access.document.status",
                            "opinion.visibility." + s.visibility().name()))));
  }
}
