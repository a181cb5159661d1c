package se.trygghetsdialog.lagesbild;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Areas;

/**
 * The safety coordinator records a problem identified in the analysis, or removes one from the
 * draft. Measures then link to the problem ({@link InputRef#LAGESBILD_ITEM}); adopted versions keep
 * their copy of it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IdentifyLagesbildProblem {

  public static final int MAX_DESCRIPTION = 4000;

  /**
   * @param id chosen by the form, so a repeated submit adds the problem once
   */
  public record Input(UUID id, String title, String description, @Nullable UUID areaId) {}

  /**
   * The problem form of the lägesbild page, bound and validated by Spring MVC. Title and
   * description were screened for personal data once, when they were bound.
   *
   * @param problemToken chosen by the form, so a repeated submit adds the problem once
   */
  public record Command(
      @Nullable UUID problemToken,
      @NotNull(message = "{measure.lagesbild.error.problem.title}")
          @NoPersonalData(message = "{measure.lagesbild.error.personalData}")
          ScreenedText problemTitle,
      @Nullable @NoPersonalData(message = "{measure.lagesbild.error.personalData}")
          ScreenedText problemDescription,
      @Nullable UUID problemArea) {}

  /**
   * The form linking a measure to a problem.
   *
   * @param measure the measure chosen from the register
   */
  public record LinkCommand(@Nullable MeasureId measure) {}

  private final LagesbildRepository repository;
  private final PersonalDataScreener screener;
  private final Areas areas;
  private final Measures measures;
  private final LinkInput linkInput;

  /**
   * @throws LagesbildRuleViolation naming the first field that is wrong
   */
  @Transactional
  public void identify(MunicipalityId municipality, Input input, @Nullable StaffPrincipal actor) {
    if (input.title().isBlank()) {
      throw new LagesbildRuleViolation("problemTitle", "measure.lagesbild.error.problem.title");
    }
    add(
        municipality,
        input.id(),
        new ScreenedText(screener.screen(input.title().strip())),
        new ScreenedText(screener.screen(input.description().strip())),
        input.areaId());
  }

  /**
   * The problem form: as {@link #identify(MunicipalityId, Input, StaffPrincipal)}, with the
   * screening done when the form was bound.
   */
  @Transactional
  public void identify(
      MunicipalityId municipality, Command command, @Nullable StaffPrincipal actor) {
    add(
        municipality,
        command.problemToken() == null ? UUID.randomUUID() : command.problemToken(),
        command.problemTitle(),
        command.problemDescription(),
        command.problemArea());
  }

  private void add(
      MunicipalityId municipality,
      UUID id,
      @Nullable ScreenedText title,
      @Nullable ScreenedText description,
      @Nullable UUID areaId) {
    if (title == null || title.isBlank()) {
      throw new LagesbildRuleViolation("problemTitle", "measure.lagesbild.error.problem.title");
    }
    if (title.text().length() > 200) {
      throw new LagesbildRuleViolation("problemTitle", "measure.error.text.tooLong");
    }
    String text = description == null ? "" : description.text();
    if (text.length() > MAX_DESCRIPTION) {
      throw new LagesbildRuleViolation("problemDescription", "measure.error.text.tooLong");
    }
    if (areaId != null && areas.find(municipality, areaId).isEmpty()) {
      throw new LagesbildRuleViolation("problemArea", "measure.lagesbild.error.problem.area");
    }
    if (title.flagged()) {
      throw new LagesbildRuleViolation("problemTitle", "measure.lagesbild.error.personalData");
    }
    if (description != null && description.flagged()) {
      throw new LagesbildRuleViolation(
          "problemDescription", "measure.lagesbild.error.personalData");
    }
    repository.addProblem(
        municipality, new LagesbildProblem(id, title.text(), text.strip(), areaId, ""));
  }

  /**
   * Links a measure of the register to a problem: the measure answers it.
   *
   * @return false if they were linked already
   * @throws LagesbildRuleViolation if no measure of the register was chosen
   */
  @Transactional
  public boolean link(
      MunicipalityId municipality,
      UUID problem,
      LinkCommand command,
      @Nullable StaffPrincipal actor) {
    MeasureId measure = command.measure();
    if (measure == null || measures.find(municipality, measure).isEmpty()) {
      throw new LagesbildRuleViolation("measure", "measure.lagesbild.error.link.measure");
    }
    return linkInput.link(
        municipality, measure, new InputRef(InputRef.LAGESBILD_ITEM, problem), actor);
  }

  /** Removes a problem from the draft; adopted versions and links of measures keep it. */
  @Transactional
  public boolean remove(MunicipalityId municipality, UUID id, @Nullable StaffPrincipal actor) {
    return repository.removeProblem(municipality, id);
  }
}
