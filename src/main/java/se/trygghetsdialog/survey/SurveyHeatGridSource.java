package se.trygghetsdialog.survey;

import java.time.LocalDate;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.place.HeatGridSource;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;

/**
 * The answers to map questions marked as asking for unsafe places, on the public heat grid: only
 * rounds that have closed (the day after the closing day), dated by the day the answer was
 * received. Changing the mark publishes {@link SurveyChanged}, so the kept public pages are
 * evicted.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyHeatGridSource implements HeatGridSource {

  private final SurveyRepository repository;

  @Override
  @Transactional(readOnly = true)
  public Map<HeatGrid.Cell, Integer> places(
      MunicipalityId municipality,
      HeatGrid grid,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    return repository.unsafePlaces(municipality, grid, LocalDate.now(Ui.ZONE), from, to);
  }
}
