package se.trygghetsdialog.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * Anyone reports a problem with the accessibility of the service; administrators read the reports
 * and mark them handled.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

  /**
   * The report form, bound and validated by Spring MVC. Each text is trimmed and freed of control
   * characters other than line breaks and tabs when the command is made, so that the constraints
   * see what is stored.
   */
  public record Command(
      @Size(max = MAX_PAGE_URL, message = "{site.a11y.report.error.pageTooLong}") String pageUrl,
      @NotBlank(message = "{site.a11y.report.error.descriptionRequired}")
          @Size(max = MAX_DESCRIPTION, message = "{site.a11y.report.error.descriptionTooLong}")
          String description,
      @Size(max = MAX_EMAIL, message = "{site.a11y.report.error.emailInvalid}")
          @jakarta.validation.constraints.Pattern(
              regexp = "([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?",
              message = "{site.a11y.report.error.emailInvalid}")
          String replyEmail) {

    public Command {
      pageUrl = clean(pageUrl);
      description = clean(description);
      replyEmail = clean(replyEmail);
    }
  }

  /** Trims and drops control characters other than line breaks and tabs. */
  public static String clean(@Nullable String value) {
    return value == null ? "" : CONTROL.matcher(value.replace("\r\n", "\n")).replaceAll("").strip();
  }

  private final AccessibilityReportRepository reports;
  private final ApplicationEventPublisher events;

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
    events.publishEvent(
        new AccessibilityProblemReported(municipality, report.id(), report.createdAt()));
    return report;
  }

  /** Stores the report form. */
  @Transactional
  public AccessibilityReport report(MunicipalityId municipality, Command command) {
    return report(
        municipality, new Input(command.pageUrl(), command.description(), command.replyEmail()));
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
