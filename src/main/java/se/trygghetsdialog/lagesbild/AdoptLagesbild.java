package se.trygghetsdialog.lagesbild;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.AdoptionDecision;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;

/**
 * A decision (e.g. Kommunstyrelsen's) adopts the draft as the next version of the lägesbild. The
 * version is a copy: the crime statistics, the chosen facts with their numbers of today, the texts
 * and the identified problems. Later changes to any of them leave it as adopted.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AdoptLagesbild {

  /**
   * @param expectedVersionNumber the number the new version gets; a stale or repeated form fails
   */
  public record Input(
      int expectedVersionNumber,
      String adoptedBy,
      @Nullable LocalDate adoptedOn,
      String paragraph,
      String registrationNumber) {}

  /**
   * The adoption form, bound and validated by Spring MVC.
   *
   * @param expectedVersion the number the new version gets
   */
  public record Command(
      @NotNull(message = "{measure.error.stale}") Integer expectedVersion,
      @NotBlank(message = "{measure.error.decision.body.required}") String adoptedBy,
      @NotNull(message = "{measure.error.decision.date.required}")
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate adoptedOn,
      @Nullable String paragraph,
      @Nullable String registrationNumber) {

    Input input() {
      return new Input(
          expectedVersion,
          adoptedBy.strip(),
          adoptedOn,
          paragraph == null ? "" : paragraph.strip(),
          registrationNumber == null ? "" : registrationNumber.strip());
    }
  }

  private final Lagesbilder lagesbilder;
  private final LagesbildRepository repository;
  private final ApplicationEventPublisher events;

  /** The adoption form: as {@link #adopt(MunicipalityId, Input, LocalDate, StaffPrincipal)}. */
  @Transactional
  public int adopt(
      MunicipalityId municipality,
      Command command,
      LocalDate today,
      @Nullable StaffPrincipal actor) {
    return adopt(municipality, command.input(), today, actor);
  }

  /**
   * @return the new version's number
   * @throws LagesbildRuleViolation if the decision is incomplete or a part of the lägesbild is
   *     empty; nothing is saved then
   * @throws StaleForm if the form is stale; nothing is saved then
   */
  @Transactional
  public int adopt(
      MunicipalityId municipality, Input input, LocalDate today, @Nullable StaffPrincipal actor) {
    if (input.adoptedBy().isBlank()) {
      throw new LagesbildRuleViolation("adoptedBy", "measure.error.decision.body.required");
    }
    if (input.adoptedOn() == null) {
      throw new LagesbildRuleViolation("adoptedOn", "measure.error.decision.date.required");
    }
    if (input.adoptedOn().isAfter(today.plusDays(1))) {
      throw new LagesbildRuleViolation("adoptedOn", "measure.error.decision.date.future");
    }
    if (input.adoptedBy().length() > 200
        || input.paragraph().length() > 50
        || input.registrationNumber().length() > 50) {
      throw new LagesbildRuleViolation("adoptedBy", "measure.error.text.tooLong");
    }
    Lagesbild draft = lagesbilder.draft(municipality, today);
    var crime = repository.crime(municipality);
    if (crime.isEmpty() && draft.crimeText().isBlank()) {
      throw new LagesbildRuleViolation("crimeText", "measure.lagesbild.error.part1.empty");
    }
    var facts =
        lagesbilder.availableFacts(municipality, draft.factsFrom(), draft.factsTo()).stream()
            .filter(f -> draft.chosenFacts().contains(f.key()))
            .toList();
    if (facts.isEmpty() && draft.otherText().isBlank()) {
      throw new LagesbildRuleViolation("otherText", "measure.lagesbild.error.part2.empty");
    }
    if (draft.analysisText().isBlank()) {
      throw new LagesbildRuleViolation("analysisText", "measure.lagesbild.error.part3.empty");
    }
    int number = repository.nextVersionNumber(municipality);
    if (number != input.expectedVersionNumber()) {
      throw new StaleForm("", "measure.error.stale");
    }
    LagesbildVersion version =
        LagesbildVersion.of(
            UUID.randomUUID(),
            number,
            draft,
            new AdoptionDecision(
                input.adoptedBy().strip(),
                input.adoptedOn(),
                input.paragraph().strip(),
                input.registrationNumber().strip()),
            crime,
            facts,
            lagesbilder.problems(municipality),
            "sv");
    UUID actorId = actor == null ? null : actor.accountId();
    if (!repository.insertVersion(municipality, version, actorId)) {
      throw new StaleForm("", "measure.error.stale");
    }
    // The same facts worded in English, for English pages; chosen by key as in Swedish.
    repository.insertFacts(
        version.id(),
        "en",
        lagesbilder
            .availableFacts(
                municipality, draft.factsFrom(), draft.factsTo(), java.util.Locale.ENGLISH)
            .stream()
            .filter(f -> draft.chosenFacts().contains(f.key()))
            .toList());
    events.publishEvent(
        new LagesbildAdopted(municipality, version.id(), number, OffsetDateTime.now(), actorId));
    return number;
  }
}
