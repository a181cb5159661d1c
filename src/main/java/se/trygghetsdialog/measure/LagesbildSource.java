package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Extension point for part 2 of the lägesbild, "annan relevant information" (lag 2023:196 §4): a
 * module that holds relevant information (place reports, dialogues, and later field reports, safety
 * walks, surveys) implements it as a Spring bean. Staff choose which facts go into the lägesbild;
 * adoption copies the chosen facts into the version, so later changes in the source never change an
 * adopted version.
 *
 * <p>Implementations must return public information only (counts, public titles), in Swedish — the
 * language of the document — and should be cheap enough to call on a staff page view.
 */
public interface LagesbildSource {

  /** The facts of this source for the period {@code from} to {@code to}, both inclusive. */
  List<LagesbildFact> facts(MunicipalityId municipality, LocalDate from, LocalDate to);

  /** The start of the period: midnight Swedish time at the start of {@code from}. */
  static OffsetDateTime periodStart(LocalDate from) {
    return from.atStartOfDay(ZoneId.of("Europe/Stockholm")).toOffsetDateTime();
  }

  /** The (exclusive) end of the period: midnight Swedish time after {@code to}. */
  static OffsetDateTime periodEnd(LocalDate to) {
    return to.plusDays(1).atStartOfDay(ZoneId.of("Europe/Stockholm")).toOffsetDateTime();
  }
}
