package se.trygghetsdialog.moderation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.moderation.screening.CrimeAllegationDetector;
import se.trygghetsdialog.moderation.screening.Detector;
import se.trygghetsdialog.moderation.screening.EmailAddressDetector;
import se.trygghetsdialog.moderation.screening.IdentityNumberDetector;
import se.trygghetsdialog.moderation.screening.PersonalNameDetector;
import se.trygghetsdialog.moderation.screening.PhoneNumberDetector;
import se.trygghetsdialog.moderation.screening.SensitiveWordDetector;
import se.trygghetsdialog.moderation.screening.StreetAddressDetector;
import se.trygghetsdialog.moderation.screening.VehicleRegistrationDetector;

/**
 * Screens Swedish free text for personal data before anything is published.
 *
 * <p>Contract: {@link #screen(String)} never throws for any non-null text, is thread-safe, and
 * returns non-overlapping findings sorted by position. Where two detectors claim overlapping text,
 * the spans are merged and the kind declared first in {@link PersonalDataKind} wins, so that
 * nothing found is left unmasked. Screening is deliberately cautious: a flagged text goes to a
 * moderator, who decides; an unflagged text may still need a moderator's eye.
 */
@Service
public class PersonalDataScreener {

  private final List<Detector> detectors;

  /** Loads the shipped name and word lists from the classpath. */
  public PersonalDataScreener() {
    PersonalNameDetector names = PersonalNameDetector.fromClasspath();
    this.detectors =
        List.of(
            new IdentityNumberDetector(),
            new PhoneNumberDetector(),
            new EmailAddressDetector(),
            new StreetAddressDetector(),
            new VehicleRegistrationDetector(),
            names,
            SensitiveWordDetector.fromClasspath(PersonalDataKind.HEALTH, "health"),
            SensitiveWordDetector.fromClasspath(PersonalDataKind.ETHNICITY, "ethnicity"),
            SensitiveWordDetector.fromClasspath(PersonalDataKind.RELIGION, "religion"),
            SensitiveWordDetector.fromClasspath(PersonalDataKind.SEXUALITY, "sexuality"),
            new CrimeAllegationDetector(names));
  }

  /** Screens {@code text}; an empty text has no findings. */
  public ScreeningResult screen(String text) {
    List<Finding> found = new ArrayList<>();
    for (Detector detector : detectors) {
      detector.detect(text, found);
    }
    return new ScreeningResult(text, resolveOverlaps(found));
  }

  private static List<Finding> resolveOverlaps(List<Finding> found) {
    if (found.size() < 2) {
      return found;
    }
    found.sort(ScreeningResult.BY_POSITION);
    List<Finding> kept = new ArrayList<>(found.size());
    for (Finding next : found) {
      int last = kept.size() - 1;
      if (last >= 0 && kept.get(last).overlaps(next)) {
        Finding previous = kept.get(last);
        PersonalDataKind kind =
            previous.kind().ordinal() <= next.kind().ordinal() ? previous.kind() : next.kind();
        kept.set(
            last,
            new Finding(
                kind,
                Math.min(previous.start(), next.start()),
                Math.max(previous.end(), next.end())));
      } else {
        kept.add(next);
      }
    }
    return kept;
  }
}
