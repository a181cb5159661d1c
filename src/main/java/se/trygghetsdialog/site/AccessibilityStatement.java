package se.trygghetsdialog.site;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One published version of a municipality's accessibility statement.
 *
 * @param reviewedOn when the municipality last reviewed the statement against the service
 */
public record AccessibilityStatement(
    int version,
    Conformance conformance,
    String knownProblems,
    String contact,
    LocalDate reviewedOn,
    OffsetDateTime publishedAt) {

  /** How well the service meets the law (DIGG's three levels). */
  public enum Conformance {
    FULL,
    PARTIAL,
    NONE
  }

  /** The date by which the statement should be reviewed again: a year after the last review. */
  public LocalDate nextReview() {
    return reviewedOn.plusYears(1);
  }
}
