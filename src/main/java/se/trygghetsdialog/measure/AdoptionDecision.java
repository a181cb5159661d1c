package se.trygghetsdialog.measure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The decision that adopted a version of a document of the measure register (the åtgärdsplan, the
 * lägesbild): the body that decided, the date, and the paragraph and registration number of the
 * minutes (empty when not given). Stored in the columns adopted_by, adopted_on, paragraph and
 * registration_number of the version's table.
 */
public record AdoptionDecision(
    String body, LocalDate decidedOn, String paragraph, String registrationNumber) {

  /** The decision of a version's row. */
  public static AdoptionDecision of(ResultSet rs) throws SQLException {
    return new AdoptionDecision(
        rs.getString("adopted_by"),
        rs.getObject("adopted_on", LocalDate.class),
        rs.getString("paragraph"),
        rs.getString("registration_number"));
  }

  /**
   * Binds the decision to {@code :by}, {@code :on}, {@code :paragraph} and {@code :registration}.
   */
  public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
    return statement
        .param("by", body)
        .param("on", decidedOn)
        .param("paragraph", paragraph)
        .param("registration", registrationNumber);
  }
}
