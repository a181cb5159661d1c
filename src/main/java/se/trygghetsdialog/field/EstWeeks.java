package se.trygghetsdialog.field;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.measure.Measure;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Paging;

/** Reads EST weeks: the list, a week's checklist, its planned actions and their follow-up. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EstWeeks {

  /** One page of weeks, newest first; {@code page} counts from 1. */
  public record Page(List<EstWeek> weeks, int page, int pages) {}

  /** An action planned for the following week, as the measure register has it now. */
  public record PlannedAction(Measure measure) {}

  /** An action planned last week, with the follow-up recorded this week (if any). */
  public record ActionFollowUp(
      Measure measure, @Nullable WeekFollowUpOutcome outcome, String comment) {}

  private final EstWeekRepository weeks;
  private final Measures measures;
  private final EstSettings settings;

  public Page page(MunicipalityId municipality, int page, int size) {
    Paging paging = new Paging(page, size, weeks.count(municipality));
    return new Page(
        weeks.page(municipality, paging.offset(), paging.size()),
        paging.page(),
        paging.totalPages());
  }

  public Optional<EstWeek> find(MunicipalityId municipality, WeekNumber week) {
    return weeks.find(municipality, week);
  }

  /** The municipality's items in order, each with what has been recorded for it this week. */
  public List<EstChecklist.Item> checklist(EstWeek week) {
    Map<String, EstChecklist.Item> saved = new HashMap<>();
    weeks.checks(week.id()).forEach(i -> saved.put(i.key(), i));
    return settings.keys(week.municipalityId()).stream()
        .map(key -> saved.getOrDefault(key, EstChecklist.Item.blank(key)))
        .toList();
  }

  /** The actions this week planned for the next one. */
  public List<PlannedAction> planned(EstWeek week) {
    return measuresOf(week).stream().map(PlannedAction::new).toList();
  }

  /** The actions the week before planned for this one, with this week's follow-up. */
  public List<ActionFollowUp> followUps(EstWeek week) {
    Optional<EstWeek> previous = weeks.find(week.municipalityId(), week.week().previous());
    if (previous.isEmpty()) {
      return List.of();
    }
    Map<UUID, EstWeekRepository.FollowUp> recorded = new HashMap<>();
    weeks.followUps(week.id()).forEach(f -> recorded.put(f.measureId(), f));
    return measuresOf(previous.get()).stream()
        .map(
            m -> {
              var f = recorded.get(m.id().value());
              return new ActionFollowUp(
                  m, f == null ? null : f.outcome(), f == null ? "" : f.comment());
            })
        .toList();
  }

  /** Whether a measure was planned in this week. */
  boolean planned(EstWeek week, UUID measureId) {
    return weeks.actions(week.id()).contains(measureId);
  }

  private List<Measure> measuresOf(EstWeek week) {
    return weeks.actions(week.id()).stream()
        .map(id -> measures.find(week.municipalityId(), new MeasureId(id)))
        .flatMap(Optional::stream)
        .toList();
  }
}
