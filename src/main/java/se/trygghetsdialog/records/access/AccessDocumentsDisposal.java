package se.trygghetsdialog.records.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.SqlDisposable;

/**
 * Disposal of the copies of documents attached to a request for public access, counted from the
 * decision: the texts and metadata of the copies go; the request, its decision and reasons, which
 * documents it covered, the secrecy marks (ground, who, when) and the audit log stay. Requests not
 * yet decided are never disposed of.
 */
@Component
class AccessDocumentsDisposal extends SqlDisposable {

  AccessDocumentsDisposal(JdbcClient jdbc) {
    super(
        jdbc,
        RecordKind.ACCESS_REQUEST_DOCUMENTS,
        """
            SELECT request_id, decided_at FROM access_request
            WHERE municipality_id = :m AND outcome IS NOT NULL AND decided_at < :before
              AND documents_disposed_at IS NULL
            ORDER BY decided_at, request_id LIMIT :limit
            """,
        """
            UPDATE access_request_document SET text = '', metadata = ''
            WHERE request_id = :id AND municipality_id = :m
              AND request_id IN (SELECT request_id FROM access_request
                                 WHERE outcome IS NOT NULL AND documents_disposed_at IS NULL)
            """,
        """
            UPDATE access_request SET documents_disposed_at = now()
            WHERE request_id = :id AND municipality_id = :m AND outcome IS NOT NULL
              AND documents_disposed_at IS NULL
            """);
  }
}
