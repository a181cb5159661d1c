package se.trygghetsdialog.records.registration;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.records.RecordKind;

/**
 * Which registration entries to list or export; every part is optional.
 *
 * @param from first day (inclusive, Swedish time)
 * @param to last day (inclusive, Swedish time)
 * @param withDiarienummer true for entries that have one, false for those without, null for both
 */
public record RegistrationFilter(
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable RecordKind kind,
    @Nullable UUID organisationId,
    @Nullable Boolean withDiarienummer) {

  /** No filter: every entry. */
  public static RegistrationFilter all() {
    return new RegistrationFilter(null, null, null, null, null);
  }
}
