package se.trygghetsdialog.population;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * An administrator imports population statistics ({@link PopulationFile}). Every region of the file
 * must be the municipality's kommun code or an area's official code. All figures or none: a file
 * with any error changes nothing; a good file replaces the figures of the regions and years it
 * holds (one-year ages summed into age bands).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ImportPopulation {

  /**
   * An uploaded file.
   *
   * @param name the file's name as the browser sent it, for the errors
   */
  public record Upload(String name, byte[] bytes) {}

  /** The import form, bound and validated by Spring MVC. */
  public record Command(@NotNull(message = "{population.error.file.none}") Upload file) {}

  private final PopulationRepository repository;
  private final Areas areas;
  private final Municipalities municipalities;
  private final ApplicationEventPublisher events;

  /**
   * Imports the form's file.
   *
   * @return how many figures the file held
   * @throws PopulationRuleViolation on {@code file}, one for each error (at most {@value
   *     PopulationFile#MAX_ERRORS}), each naming the file and the line; nothing is stored then
   */
  @Transactional
  public int importFile(
      MunicipalityId municipality, Command command, @Nullable StaffPrincipal actor) {
    return importFile(municipality, command.file(), false, actor);
  }

  /**
   * Imports a file; {@code illustrative} marks invented figures (the demo's), which every page
   * showing them labels as such.
   */
  @Transactional
  public int importFile(
      MunicipalityId municipality,
      Upload file,
      boolean illustrative,
      @Nullable StaffPrincipal actor) {
    String name = file.name().length() > 200 ? file.name().substring(0, 200) : file.name();
    PopulationFile.Result result = PopulationFile.parse(file.bytes());
    List<PopulationFile.LineError> errors = new ArrayList<>(result.errors());
    if (result.ok()) {
      errors.addAll(unknownRegions(municipality, result.rows()));
    }
    if (!errors.isEmpty()) {
      List<PopulationRuleViolation> violations =
          errors.stream().map(e -> violation(name, result.json(), e)).toList();
      throw violations.get(0).and(violations.subList(1, violations.size()));
    }
    Map<PopulationRepository.Key, Long> figures = new LinkedHashMap<>();
    for (PopulationFile.Row row : result.rows()) {
      figures.merge(
          new PopulationRepository.Key(row.region(), row.ageBand(), row.gender(), row.year()),
          row.count(),
          Long::sum);
    }
    repository.replace(municipality, figures);
    Set<Integer> years =
        result.rows().stream()
            .map(PopulationFile.Row::year)
            .collect(Collectors.toCollection(TreeSet::new));
    OffsetDateTime now = OffsetDateTime.now();
    UUID actorId = actor == null ? null : actor.accountId();
    repository.recordImport(
        municipality, name, result.rows().size(), years, illustrative, now, actorId);
    events.publishEvent(
        new PopulationImported(municipality, name, result.rows().size(), now, actorId));
    return result.rows().size();
  }

  /** The lines whose region is neither the kommun code nor an area's code, first one per code. */
  private List<PopulationFile.LineError> unknownRegions(
      MunicipalityId municipality, List<PopulationFile.Row> rows) {
    Set<String> known = new java.util.HashSet<>(areas.codes(municipality).values());
    municipalities.overview(municipality).ifPresent(o -> known.add(o.tenant().code()));
    Set<String> reported = new java.util.HashSet<>();
    List<PopulationFile.LineError> errors = new ArrayList<>();
    for (PopulationFile.Row row : rows) {
      if (!known.contains(row.region()) && reported.add(row.region())) {
        errors.add(
            new PopulationFile.LineError(
                row.line(), "population.error.file.unknownRegion", List.of(row.region())));
        if (errors.size() >= PopulationFile.MAX_ERRORS) {
          break;
        }
      }
    }
    return errors;
  }

  private static PopulationRuleViolation violation(
      String file, boolean json, PopulationFile.LineError error) {
    var message =
        new DefaultMessageSourceResolvable(
            new String[] {error.messageKey()}, error.args().toArray());
    if (error.line() == 0) {
      return new PopulationRuleViolation("file", "population.error.fileError", file, message);
    }
    return new PopulationRuleViolation(
        "file",
        json ? "population.error.valueError" : "population.error.lineError",
        file,
        error.line(),
        message);
  }

  /**
   * Sets the areas' official codes that match figures to areas (a blank code clears one).
   *
   * @throws se.trygghetsdialog.tenancy.TenancyRuleViolation on the code field of the first area
   *     whose code is refused; nothing is changed then
   */
  @Transactional
  public void assignAreaCodes(
      MunicipalityId municipality, Map<UUID, String> codes, @Nullable StaffPrincipal actor) {
    areas.assignCodes(municipality, codes);
    events.publishEvent(
        new AreaCodesChanged(
            municipality,
            codes.size(),
            OffsetDateTime.now(),
            actor == null ? null : actor.accountId()));
  }
}
