package se.trygghetsdialog.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The warnings about a dialogue's sessions: one in a school holiday of the municipality, and all of
 * them (two or more) at the same time of day. Warnings are shown, never enforced.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SessionWarnings {

  private final HolidaySettingsRepository holidays;

  /** The municipality's school holidays (its settings, else the defaults). */
  public SchoolHolidays holidays(MunicipalityId municipality) {
    return holidays.of(municipality);
  }

  /** The warnings about one session. */
  public List<SessionWarning> about(MunicipalityId municipality, DialogueSession session) {
    return holidays(municipality)
        .on(session.date())
        .map(
            h ->
                List.of(
                    new SessionWarning(
                        "session.warning.holiday",
                        "session.holiday." + h.name().toLowerCase(Locale.ROOT),
                        session.title())))
        .orElse(List.of());
  }

  /** The warnings about a dialogue's sessions together, then about each of them. */
  public List<SessionWarning> about(MunicipalityId municipality, List<DialogueSession> sessions) {
    List<SessionWarning> warnings = new ArrayList<>();
    List<TimeOfDay> times =
        sessions.stream().map(s -> TimeOfDay.of(s.date(), s.end())).distinct().toList();
    if (sessions.size() > 1 && times.size() == 1) {
      warnings.add(
          new SessionWarning("session.warning.sameTime", "session.timeOfDay." + times.get(0), ""));
    }
    SchoolHolidays h = holidays(municipality);
    for (DialogueSession s : sessions) {
      h.on(s.date())
          .ifPresent(
              holiday ->
                  warnings.add(
                      new SessionWarning(
                          "session.warning.holiday",
                          "session.holiday." + holiday.name().toLowerCase(Locale.ROOT),
                          s.title())));
    }
    return warnings;
  }
}
