package se.trygghetsdialog.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.site.AccessibilityStatement.Conformance;

/**
 * The municipality's accessibility statement: an administrator publishes versions (each kept), the
 * public page shows the newest, and a review is due a year after the last one.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccessibilityStatements {

  public static final int MAX_PROBLEMS = 10_000;
  public static final int MAX_CONTACT = 2_000;

  /** The editor's form, bound and validated by Spring MVC; texts are trimmed. */
  public record Command(
      @NotNull(message = "{site.statement.error.conformanceRequired}") Conformance conformance,
      @NotBlank(message = "{site.statement.error.problemsRequired}")
          @Size(max = MAX_PROBLEMS, message = "{site.statement.error.problemsTooLong}")
          String knownProblems,
      @NotBlank(message = "{site.statement.error.contactRequired}")
          @Size(max = MAX_CONTACT, message = "{site.statement.error.contactTooLong}")
          String contact,
      @NotNull(message = "{site.statement.error.reviewedOnRequired}")
          @PastOrPresent(message = "{site.statement.error.reviewedOnFuture}")
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate reviewedOn) {

    public Command {
      knownProblems = ReportAccessibilityProblem.clean(knownProblems);
      contact = ReportAccessibilityProblem.clean(contact);
    }
  }

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;

  /** Every published version, newest first. */
  public List<AccessibilityStatement> versions(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT version, conformance, known_problems, contact, reviewed_on, published_at
            FROM accessibility_statement WHERE municipality_id = :m ORDER BY version DESC
            """)
        .param("m", municipality.value())
        .query(AccessibilityStatement.class)
        .list();
  }

  /** The newest published version, if the municipality has published one. */
  public Optional<AccessibilityStatement> current(MunicipalityId municipality) {
    return versions(municipality).stream().findFirst();
  }

  /**
   * The product's suggestion before a municipality has published a statement: partial conformance,
   * naming what the product knows it lacks, as version 0 reviewed {@code today}.
   */
  public AccessibilityStatement suggestion(Locale locale, LocalDate today) {
    return new AccessibilityStatement(
        0,
        Conformance.PARTIAL,
        messages.getMessage("site.statement.default.problems", null, locale),
        messages.getMessage("site.statement.default.contact", null, locale),
        today,
        OffsetDateTime.now());
  }

  /** Whether the statement needs the administrator: never published, or its review date passed. */
  public boolean reviewDue(MunicipalityId municipality, LocalDate today) {
    return current(municipality).map(s -> s.nextReview().isBefore(today)).orElse(true);
  }

  /** Publishes the form as the next version; the earlier versions stay as they were. */
  @Transactional
  public AccessibilityStatement publish(
      MunicipalityId municipality, Command command, @Nullable UUID actor) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('accessibility_statement:' || :m))")
        .param("m", municipality.value().toString())
        .query()
        .singleRow();
    Optional<AccessibilityStatement> previous = current(municipality);
    int version = previous.map(p -> p.version() + 1).orElse(1);
    jdbc.sql(
            """
            INSERT INTO accessibility_statement
              (municipality_id, version, conformance, known_problems, contact, reviewed_on,
               published_by)
            VALUES (:m, :version, :conformance, :problems, :contact, :reviewed, :actor)
            """)
        .param("m", municipality.value())
        .param("version", version)
        .param("conformance", command.conformance().name())
        .param("problems", command.knownProblems())
        .param("contact", command.contact())
        .param("reviewed", command.reviewedOn())
        .param("actor", actor)
        .update();
    events.publishEvent(
        new AccessibilityStatementPublished(
            municipality,
            actor,
            version,
            previous.map(AccessibilityStatement::version).orElse(null),
            previous.map(AccessibilityStatement::conformance).orElse(null),
            command.conformance(),
            previous.map(AccessibilityStatement::reviewedOn).orElse(null),
            command.reviewedOn()));
    return current(municipality).orElseThrow();
  }
}
