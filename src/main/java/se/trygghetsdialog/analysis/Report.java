package se.trygghetsdialog.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A report as built, worded in one language and ready to show: every count already through the
 * small-cell threshold, no text with personal data findings. A frozen version keeps exactly this
 * (as JSON), so its page, CSV files and PDF never change.
 *
 * @param threshold the small-cell threshold the counts were shown with
 * @param parts the parts in order, each an H2 section
 */
public record Report(
    ReportKind kind,
    UUID dialogueId,
    String title,
    String dialogueTitle,
    String municipalityName,
    LocalDate builtOn,
    int threshold,
    List<Part> parts) {

  public Report {
    parts = List.copyOf(parts);
  }

  /**
   * One part of the report.
   *
   * @param id its anchor
   * @param required whether the report may be frozen only when the part is not empty
   * @param empty whether the part has nothing to say yet
   * @param paragraphs texts shown first
   * @param tables then tables
   * @param items then a list
   */
  public record Part(
      String id,
      String heading,
      boolean required,
      boolean empty,
      List<String> paragraphs,
      List<Table> tables,
      List<String> items) {

    public Part {
      paragraphs = List.copyOf(paragraphs);
      tables = List.copyOf(tables);
      items = List.copyOf(items);
    }

    /** Whether the report cannot be frozen because of this part. */
    public boolean missing() {
      return required && empty;
    }
  }

  /**
   * A table: the first column names the rows.
   *
   * @param id also the name of its CSV file
   * @param header the column headings
   */
  public record Table(String id, String caption, List<String> header, List<List<String>> rows) {

    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** The required parts that are empty: while there are any, the report cannot be frozen. */
  public List<Part> missing() {
    return parts.stream().filter(Part::missing).toList();
  }

  /** Every table of the report, in order. */
  public List<Table> tables() {
    return parts.stream().flatMap(p -> p.tables().stream()).toList();
  }

  public Optional<Table> table(String id) {
    return tables().stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
