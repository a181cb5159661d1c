package se.trygghetsdialog.field;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/** Reading field reports: one report, a rapportör's own, and the municipality's with filters. */
@Service
public class FieldReports {

  /**
   * @param reporter only this rapportör's reports, or all when null
   * @param weekStart only reports with an event starting in the week from this Monday
   * @param categoryId only reports with an event of this category or one of its sub-categories
   */
  public record Filter(
      @Nullable UUID reporter, @Nullable LocalDate weekStart, @Nullable UUID categoryId) {}

  private final FieldReportRepository repository;

  FieldReports(FieldReportRepository repository) {
    this.repository = repository;
  }

  public Optional<FieldReport> find(MunicipalityId municipality, UUID id) {
    return repository.find(municipality, id);
  }

  public Optional<UUID> bySubmissionKey(MunicipalityId municipality, UUID key) {
    return repository.idBySubmissionKey(municipality, key);
  }

  public List<FieldReport> page(MunicipalityId municipality, Filter filter, int limit, int offset) {
    return repository.page(
        municipality,
        filter.reporter(),
        from(filter),
        to(filter),
        filter.categoryId(),
        limit,
        offset);
  }

  public int count(MunicipalityId municipality, Filter filter) {
    return repository.count(
        municipality, filter.reporter(), from(filter), to(filter), filter.categoryId());
  }

  private static @Nullable OffsetDateTime from(Filter filter) {
    return filter.weekStart() == null
        ? null
        : filter.weekStart().atStartOfDay(FieldPolicy.ZONE).toOffsetDateTime();
  }

  private static @Nullable OffsetDateTime to(Filter filter) {
    return filter.weekStart() == null
        ? null
        : filter.weekStart().plusWeeks(1).atStartOfDay(FieldPolicy.ZONE).toOffsetDateTime();
  }
}
