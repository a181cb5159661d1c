package se.trygghetsdialog.lagesbild;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
public class ImportCrimeStatistics {

  private final LagesbildRepository repository;
  private final ApplicationEventPublisher events;

  ImportCrimeStatistics(LagesbildRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
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
