package se.trygghetsdialog.place;

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
 * Place reports for requests for public access: the description as the resident wrote it, and when,
 * at what time of day and in which status it is. The photo and the reporter's e-mail address are
 * not part of the text handed to review.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceReportDocuments implements DocumentSource {

  private final JdbcClient jdbc;
  private final PlaceReports reports;

  @Override
  public RecordKind kind() {
    return RecordKind.PLACE_REPORT;
  }

  @Override
  public List<DocumentSummary> search(
      MunicipalityId municipality, OffsetDateTime from, OffsetDateTime to, String text, int limit) {
    return DocumentSearch.search(
        jdbc,
        """
            SELECT report_id, reported_at, description FROM place_report
            WHERE municipality_id = :m AND reported_at >= :from AND reported_at < :to
              AND description ILIKE :pattern ESCAPE '\\'
            ORDER BY reported_at DESC LIMIT :limit
            """,
        kind(),
        municipality,
        from,
        to,
        text,
        limit,
        "report_id",
        "reported_at",
        rs -> rs.getString("description"));
  }

  @Override
  public Optional<AccessDocument> document(MunicipalityId municipality, String id) {
    return DocumentSearch.uuid(id)
        .flatMap(uuid -> reports.find(municipality, new PlaceReportId(uuid)))
        .map(
            report ->
                new AccessDocument(
                    kind(),
                    report.id().value().toString(),
                    report.reportedAt(),
                    report.description(),
                    List.of(
                        AccessDocument.Field.keyed(
                            "place.field.timeOfDay", "place.timeOfDay." + report.timeOfDay()),
                        AccessDocument.Field.keyed(
                            "access.document.status",
                            "place.reportStatus." + report.status().name()))));
  }
}
