package se.trygghetsdialog.place;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.shared.MunicipalityId;

/** The place repositories' statements about one report: municipality as :m, report as :id. */
final class ReportStatements {

  private ReportStatements() {}

  /** The statement with the municipality bound as {@code :m} and the report as {@code :id}. */
  static JdbcClient.StatementSpec about(
      JdbcClient jdbc, String sql, MunicipalityId municipality, PlaceReportId id) {
    return jdbc.sql(sql).param("m", municipality.value()).param("id", id.value());
  }
}
