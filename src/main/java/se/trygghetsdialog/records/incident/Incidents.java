package se.trygghetsdialog.records.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * The personal-data incident log: recording and editing an incident, its dated decisions and
 * actions, and closing it once it was reported to IMY or the reason for not reporting is written.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Incidents {

  /** Dates and times are entered and shown in Swedish time. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  /** The incident form as bound. */
  public record Command(
      @NotBlank(message = "{incident.error.title}")
          @Size(max = 200, message = "{incident.error.title}")
          String title,
      @NotBlank(message = "{incident.error.whatHappened}")
          @Size(max = 4000, message = "{incident.error.whatHappened}")
          String whatHappened,
      @NotNull(message = "{incident.error.discovered}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate discoveredDate,
      @Nullable LocalTime discoveredTime,
      @Nullable @Size(max = 2000, message = "{incident.error.long}") String dataConcerned,
      @NotNull(message = "{incident.error.people}")
          @Min(value = 0, message = "{incident.error.people}")
          @Max(value = 100_000_000, message = "{incident.error.people}")
          Integer peopleEstimate,
      @NotNull(message = "{incident.error.risk}") IncidentRisk risk,
      @Nullable @Size(max = 4000, message = "{incident.error.long}") String riskAssessment,
      @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate reportedToImyOn,
      @Nullable @Size(max = 100, message = "{incident.error.reference}") String imyReference,
      @Nullable @Size(max = 2000, message = "{incident.error.long}") String notReportedReason) {

    Details details() {
      return new Details(
          title.strip(),
          whatHappened.strip(),
          discoveredDate
              .atTime(discoveredTime == null ? LocalTime.NOON : discoveredTime)
              .atZone(ZONE)
              .toOffsetDateTime(),
          strip(dataConcerned),
          peopleEstimate,
          risk,
          strip(riskAssessment),
          reportedToImyOn,
          strip(imyReference),
          strip(notReportedReason));
    }

    private static String strip(@Nullable String s) {
      return s == null ? "" : s.strip();
    }
  }

  /** What the log keeps of the form. */
  record Details(
      String title,
      String whatHappened,
      OffsetDateTime discoveredAt,
      String dataConcerned,
      int peopleEstimate,
      IncidentRisk risk,
      String riskAssessment,
      @Nullable LocalDate reportedToImyOn,
      String imyReference,
      String notReportedReason) {}

  /** A decision or action taken. */
  public record AddAction(
      @NotNull(message = "{incident.error.takenOn}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate takenOn,
      @NotBlank(message = "{incident.error.action}")
          @Size(max = 2000, message = "{incident.error.action}")
          String text) {}

  private final IncidentRepository repository;
  private final ApplicationEventPublisher events;

  /**
   * @throws IncidentRuleViolation naming the field of the first rule the command breaks
   */
  @Transactional
  public UUID record(MunicipalityId municipality, UUID actor, Command command) {
    Details details = checked(command);
    UUID id = repository.insert(municipality, actor, details);
    events.publishEvent(
        new IncidentChanged(municipality, id, actor, IncidentChanged.Change.RECORDED));
    return id;
  }

  /**
   * @throws IncidentRuleViolation naming the field of the first rule the command breaks
   */
  @Transactional
  public void edit(MunicipalityId municipality, UUID actor, UUID id, Command command) {
    Incident incident = require(municipality, id);
    if (incident.closed()) {
      throw new IncidentRuleViolation("title", "incident.error.closed");
    }
    repository.update(municipality, id, checked(command));
    events.publishEvent(
        new IncidentChanged(municipality, id, actor, IncidentChanged.Change.EDITED));
  }

  private static Details checked(Command command) {
    LocalDate today = LocalDate.now(ZONE);
    if (command.discoveredDate().isAfter(today)) {
      throw new IncidentRuleViolation("discoveredDate", "incident.error.future");
    }
    LocalDate reported = command.reportedToImyOn();
    if (reported != null
        && (reported.isAfter(today) || reported.isBefore(command.discoveredDate()))) {
      throw new IncidentRuleViolation("reportedToImyOn", "incident.error.reportedOn");
    }
    return command.details();
  }

  /**
   * @throws IncidentRuleViolation when the date lies in the future
   */
  @Transactional
  public void addAction(MunicipalityId municipality, UUID actor, UUID id, AddAction command) {
    require(municipality, id);
    if (command.takenOn().isAfter(LocalDate.now(ZONE))) {
      throw new IncidentRuleViolation("takenOn", "incident.error.future");
    }
    repository.insertAction(municipality, id, actor, command.takenOn(), command.text().strip());
    events.publishEvent(
        new IncidentChanged(municipality, id, actor, IncidentChanged.Change.ACTION_ADDED));
  }

  /**
   * Closes the incident.
   *
   * @throws IncidentRuleViolation when it was neither reported to IMY nor given a reason not to be
   */
  @Transactional
  public void close(MunicipalityId municipality, UUID actor, UUID id) {
    Incident incident = require(municipality, id);
    if (incident.closed()) {
      return;
    }
    if (!incident.reported() && incident.notReportedReason().isBlank()) {
      throw new IncidentRuleViolation("notReportedReason", "incident.error.closeUnreported");
    }
    repository.close(municipality, id);
    events.publishEvent(
        new IncidentChanged(municipality, id, actor, IncidentChanged.Change.CLOSED));
  }

  public Optional<Incident> find(MunicipalityId municipality, UUID id) {
    return repository.find(municipality, id);
  }

  public Incident require(MunicipalityId municipality, UUID id) {
    return find(municipality, id).orElseThrow(() -> new NotFoundException("incident"));
  }

  public List<IncidentAction> actions(MunicipalityId municipality, UUID id) {
    return repository.actions(municipality, id);
  }

  public List<Incident> newestFirst(MunicipalityId municipality, int limit, int offset) {
    return repository.newestFirst(municipality, limit, offset);
  }

  public int count(MunicipalityId municipality) {
    return repository.count(municipality);
  }
}
