package se.trygghetsdialog.field;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.shared.MunicipalityId;

/** Reading field reports: one report, a rapportör's own, and the municipality's with filters. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FieldReports {

  /**
   * @param reporter only this rapportör's reports, or all when null
   * @param weekStart only reports with an event starting in the week from this Monday
   * @param categoryId only reports with an event of this category or one of its sub-categories
   */
  public record Filter(
      @Nullable UUID reporter, @Nullable LocalDate weekStart, @Nullable UUID categoryId) {}

  private final FieldReportRepository repository;
  private final PlaceCategories categories;

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
        categories(municipality, filter),
        limit,
        offset);
  }

  public int count(MunicipalityId municipality, Filter filter) {
    return repository.count(
        municipality,
        filter.reporter(),
        from(filter),
        to(filter),
        categories(municipality, filter));
  }

  /**
   * The filter's category and its sub-categories, from the place module's API (the categories are
   * its table), or null for any category.
   */
  private @Nullable Set<UUID> categories(MunicipalityId municipality, Filter filter) {
    UUID category = filter.categoryId();
    if (category == null) {
      return null;
    }
    Set<UUID> ids = new HashSet<>();
    ids.add(category);
    for (PlaceCategory c : categories.all(municipality)) {
      if (category.equals(c.parentId())) {
        ids.add(c.id());
      }
    }
    return ids;
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
