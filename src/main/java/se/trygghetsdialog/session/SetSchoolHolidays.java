package se.trygghetsdialog.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/** A process leader or administrator sets the municipality's school holidays for the warnings. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SetSchoolHolidays {

  /** The settings form; the summer dates as month and day, {@code MM-DD}. */
  public record Command(
      @NotNull(message = "{session.error.week}")
          @Min(value = 6, message = "{session.error.week}")
          @Max(value = 11, message = "{session.error.week}")
          Integer sportlovWeek,
      @NotNull(message = "{session.error.week}")
          @Min(value = 42, message = "{session.error.week}")
          @Max(value = 46, message = "{session.error.week}")
          Integer hostlovWeek,
      @NotNull(message = "{session.error.monthDay}") String summerStart,
      @NotNull(message = "{session.error.monthDay}") String summerEnd) {}

  private final HolidaySettingsRepository settings;
  private final ApplicationEventPublisher events;

  /**
   * @throws SessionRuleViolation on a date that is not one, or a summer that ends before it starts
   */
  @Transactional
  public void set(MunicipalityId municipality, UUID actor, Command c) {
    MonthDay start = monthDay("summerStart", c.summerStart());
    MonthDay end = monthDay("summerEnd", c.summerEnd());
    if (!start.isBefore(end)) {
      throw new SessionRuleViolation("summerEnd", "session.error.summer");
    }
    settings.save(municipality, new SchoolHolidays(c.sportlovWeek(), c.hostlovWeek(), start, end));
    events.publishEvent(
        new SessionChanged(
            municipality, municipality.value(), actor, SessionChanged.Change.HOLIDAYS_SET));
  }

  private static MonthDay monthDay(String field, String text) {
    try {
      return MonthDay.parse("--" + text.strip());
    } catch (DateTimeException e) {
      throw new SessionRuleViolation(field, "session.error.monthDay");
    }
  }
}
