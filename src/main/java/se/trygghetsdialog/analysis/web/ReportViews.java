package se.trygghetsdialog.analysis.web;

import java.util.List;
import se.trygghetsdialog.analysis.FrozenReport;
import se.trygghetsdialog.analysis.Report;
import se.trygghetsdialog.analysis.ReportKind;
import se.trygghetsdialog.analysis.ReportVersions;
import se.trygghetsdialog.dialogue.Dialogue;

/** The view models of the report pages. */
public final class ReportViews {

  private ReportViews() {}

  /**
   * The draft page.
   *
   * @param nextNumber the number freezing gives the next version
   */
  public record DraftPage(
      Dialogue dialogue,
      ReportKind kind,
      Report report,
      List<ReportVersions.Summary> versions,
      int nextNumber,
      List<ReportKind> kinds) {}

  /** The public page of a frozen version. */
  public record VersionPage(
      Dialogue dialogue, FrozenReport version, String pdfUrl, String csvBase) {}
}
