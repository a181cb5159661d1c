package se.trygghetsdialog.lagesbild;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Areas;

/**
 * The safety coordinator records a problem identified in the analysis, or removes one from the
 * draft. Measures then link to the problem ({@link InputRef#LAGESBILD_ITEM}); adopted versions keep
 * their copy of it.
 */
@Service
public class IdentifyLagesbildProblem {

  public static final int MAX_DESCRIPTION = 4000;

  /**
   * @param id chosen by the form, so a repeated submit adds the problem once
   */
  public record Input(UUID id, String title, String description, @Nullable UUID areaId) {}

  private final LagesbildRepository repository;
  private final PersonalDataScreener screener;
  private final Areas areas;

  IdentifyLagesbildProblem(
      LagesbildRepository repository, PersonalDataScreener screener, Areas areas) {
    this.repository = repository;
    this.screener = screener;
    this.areas = areas;
  }

  /**
   * @throws LagesbildRuleViolation naming the first field that is wrong
   */
  @Transactional
  public void identify(MunicipalityId municipality, Input input, @Nullable StaffPrincipal actor) {
    if (input.title().isBlank()) {
      throw new LagesbildRuleViolation("problemTitle", "measure.lagesbild.error.problem.title");
    }
    if (input.title().length() > 200) {
      throw new LagesbildRuleViolation("problemTitle", "measure.error.text.tooLong");
    }
    if (input.description().length() > MAX_DESCRIPTION) {
      throw new LagesbildRuleViolation("problemDescription", "measure.error.text.tooLong");
    }
    if (input.areaId() != null && areas.find(municipality, input.areaId()).isEmpty()) {
      throw new LagesbildRuleViolation("problemArea", "measure.lagesbild.error.problem.area");
    }
    if (screener.screen(input.title()).flagged()) {
      throw new LagesbildRuleViolation("problemTitle", "measure.lagesbild.error.personalData");
    }
    if (screener.screen(input.description()).flagged()) {
      throw new LagesbildRuleViolation(
          "problemDescription", "measure.lagesbild.error.personalData");
    }
    repository.addProblem(
        municipality,
        new LagesbildProblem(
            input.id(), input.title().strip(), input.description().strip(), input.areaId(), ""));
  }

  /** Removes a problem from the draft; adopted versions and links of measures keep it. */
  @Transactional
  public boolean remove(MunicipalityId municipality, UUID id, @Nullable StaffPrincipal actor) {
    return repository.removeProblem(municipality, id);
  }
}
