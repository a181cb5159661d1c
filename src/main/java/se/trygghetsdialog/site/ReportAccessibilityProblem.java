package se.trygghetsdialog.site;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * Anyone reports a problem with the accessibility of the service; administrators read the reports
 * and mark them handled.
 */
@Service
public class ReportAccessibilityProblem {

  public static final int MAX_PAGE_URL = 500;
  public static final int MAX_DESCRIPTION = 2000;
  public static final int MAX_EMAIL = 254;

  /** What the person entered, already validated; empty strings for what was left out. */
  public record Input(String pageUrl, String description, String replyEmail) {
    public Input {
      if (pageUrl.length() > MAX_PAGE_URL
          || description.isBlank()
          || description.length() > MAX_DESCRIPTION
          || replyEmail.length() > MAX_EMAIL) {
        throw new IllegalArgumentException("accessibility report out of bounds");
      }
    }
  }

  private final AccessibilityReportRepository reports;

  ReportAccessibilityProblem(AccessibilityReportRepository reports) {
    this.reports = reports;
  }

  @Transactional
  public AccessibilityReport report(MunicipalityId municipality, Input input) {
    AccessibilityReport report =
        new AccessibilityReport(
            UUID.randomUUID(),
            municipality,
            input.pageUrl(),
            input.description(),
            input.replyEmail(),
            OffsetDateTime.now(),
            null);
    reports.insert(report);
    return report;
  }

  public List<AccessibilityReport> newestFirst(MunicipalityId municipality, int limit, int offset) {
    return reports.newestFirst(municipality, limit, offset);
  }

  public int count(MunicipalityId municipality) {
    return reports.count(municipality);
  }

  /**
   * @throws NotFoundException if the municipality has no such report
   */
  @Transactional
  public void markHandled(MunicipalityId municipality, UUID id) {
    if (!reports.markHandled(municipality, id)) {
      throw new NotFoundException("accessibility report");
    }
  }
}
