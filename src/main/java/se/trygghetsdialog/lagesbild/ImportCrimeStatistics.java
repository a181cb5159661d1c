package se.trygghetsdialog.lagesbild;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The safety coordinator imports reported-crime statistics from a CSV file ({@link
 * CrimeStatisticsCsv}). All rows or none: a file with any error changes nothing; a good file adds
 * its rows and replaces the counts of categories and periods it repeats.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ImportCrimeStatistics {

  /**
   * An uploaded CSV file.
   *
   * @param name the file's name as the browser sent it, for the errors
   */
  public record CsvFile(String name, byte[] bytes) {}

  /** The import form, bound and validated by Spring MVC. */
  public record Command(@NotNull(message = "{measure.lagesbild.csv.error.noFile}") CsvFile file) {}

  private final LagesbildRepository repository;
  private final ApplicationEventPublisher events;

  /**
   * The import form: stores the file if all of it is good.
   *
   * @return how many rows were stored
   * @throws LagesbildRuleViolation naming the file and line of the first error; nothing is stored
   *     then
   */
  @Transactional
  public int importCsv(
      MunicipalityId municipality, Command command, @Nullable StaffPrincipal actor) {
    CsvFile file = command.file();
    CrimeStatisticsCsv.Result result = importCsv(municipality, file.name(), file.bytes(), actor);
    if (!result.ok()) {
      CrimeStatisticsCsv.LineError error = result.errors().get(0);
      var message =
          new DefaultMessageSourceResolvable(
              new String[] {error.messageKey()}, error.args().toArray());
      throw error.line() == 0
          ? new LagesbildRuleViolation(
              "file", "measure.lagesbild.csv.fileError", file.name(), message)
          : new LagesbildRuleViolation(
              "file", "measure.lagesbild.csv.lineError", file.name(), error.line(), message);
    }
    return result.rows().size();
  }

  /** Parses and, if the whole file is good, stores it. */
  @Transactional
  public CrimeStatisticsCsv.Result importCsv(
      MunicipalityId municipality, String fileName, byte[] csv, @Nullable StaffPrincipal actor) {
    CrimeStatisticsCsv.Result result = CrimeStatisticsCsv.parse(csv);
    if (result.ok()) {
      String name = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
      repository.storeCrime(municipality, result.rows(), name);
      UUID actorId = actor == null ? null : actor.accountId();
      events.publishEvent(
          new CrimeStatisticsImported(
              municipality, name, result.rows().size(), OffsetDateTime.now(), actorId));
    }
    return result;
  }
}
