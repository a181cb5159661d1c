package se.trygghetsdialog.records.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The municipality's retention classes: per kind of record, the months an item is kept and the
 * gallringsbeslut that says so. Both empty means keep (the default): nothing is disposed of without
 * a decision. Every change is audited with the old and the new value.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RetentionClasses {

  /** Longest decision reference kept. */
  public static final int MAX_REFERENCE = 200;

  /** The form for one kind: both empty to keep, both filled to dispose. */
  public record Command(
      @Nullable
          @Min(value = 1, message = "{retention.error.months}")
          @Max(value = 1200, message = "{retention.error.months}")
          Integer months,
      @Nullable @Size(max = MAX_REFERENCE, message = "{retention.error.referenceLength}")
          String decisionReference) {}

  private final RetentionRepository repository;
  private final ApplicationEventPublisher events;

  @Transactional(readOnly = true)
  public List<RetentionClass> all(MunicipalityId municipality) {
    return List.copyOf(repository.classes(municipality).values());
  }

  @Transactional(readOnly = true)
  public RetentionClass of(MunicipalityId municipality, RecordKind kind) {
    return repository.classes(municipality).get(kind);
  }

  /**
   * @throws RetentionRuleViolation when only one of months and decision is given, or either is out
   *     of range
   */
  @Transactional
  public void change(
      MunicipalityId municipality, RecordKind kind, Command command, StaffPrincipal actor) {
    Integer months = command.months();
    String reference =
        command.decisionReference() == null ? "" : command.decisionReference().strip();
    if (months != null && (months < 1 || months > 1200)) {
      throw new RetentionRuleViolation("months", "retention.error.months");
    }
    if (reference.length() > MAX_REFERENCE) {
      throw new RetentionRuleViolation("decisionReference", "retention.error.referenceLength");
    }
    if (months != null && reference.isEmpty()) {
      throw new RetentionRuleViolation("decisionReference", "retention.error.referenceNeeded");
    }
    if (months == null && !reference.isEmpty()) {
      throw new RetentionRuleViolation("months", "retention.error.monthsNeeded");
    }
    RetentionClass old = repository.classes(municipality).get(kind);
    OffsetDateTime now = OffsetDateTime.now();
    repository.save(municipality, new RetentionClass(kind, months, reference), now);
    events.publishEvent(
        new RetentionClassChanged(
            municipality,
            kind.name(),
            old.months(),
            old.decisionReference(),
            months,
            reference,
            now,
            actor.accountId()));
  }
}
