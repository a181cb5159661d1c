package se.trygghetsdialog.field;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/** The coordinator starts the EST week of an ISO week; starting it again opens the same week. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StartEstWeek {

  /** The start form: an ISO week of a year. */
  public record Command(
      @NotNull(message = "{field.week.error.year}")
          @Min(value = 2000, message = "{field.week.error.year}")
          @Max(value = 2999, message = "{field.week.error.year}")
          Integer year,
      @NotNull(message = "{field.week.error.week}") Integer week) {}

  private final EstWeekRepository weeks;

  /**
   * @throws EstRuleViolation if the year has no such week
   */
  @Transactional
  public EstWeek start(MunicipalityId municipality, Command command, StaffPrincipal actor) {
    WeekNumber week =
        WeekNumber.parse(command.year(), command.week())
            .orElseThrow(() -> new EstRuleViolation("week", "field.week.error.week"));
    return start(municipality, week, actor);
  }

  @Transactional
  public EstWeek start(MunicipalityId municipality, WeekNumber week, StaffPrincipal actor) {
    return weeks.insertIfAbsent(municipality, week, actor.accountId());
  }
}
