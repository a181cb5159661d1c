package se.trygghetsdialog.lagesbild;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.TextCheck;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The safety coordinator saves the draft of the lägesbild. Every free text is screened for personal
 * data, because the adopted lägesbild is public: a finding refuses the save and names the field.
 */
@Service
public class EditLagesbild {

  public static final int MAX_TEXT = 20_000;
  public static final int MAX_TITLE = 200;
  static final int MAX_FACTS = 100;

  /**
   * @param revision the revision the form was loaded with; a stale form fails
   */
  public record Input(
      int revision,
      String title,
      String crimeText,
      String otherText,
      String analysisText,
      @Nullable LocalDate factsFrom,
      @Nullable LocalDate factsTo,
      List<String> chosenFacts) {}

  private final LagesbildRepository repository;
  private final PersonalDataScreener screener;

  EditLagesbild(LagesbildRepository repository, PersonalDataScreener screener) {
    this.repository = repository;
    this.screener = screener;
  }

  /**
   * @throws LagesbildRuleViolation naming the first field that is wrong; nothing is saved then
   */
  @Transactional
  public void save(MunicipalityId municipality, Input input, @Nullable StaffPrincipal actor) {
    if (input.title().isBlank()) {
      throw new LagesbildRuleViolation("title", "measure.lagesbild.error.title.required");
    }
    if (input.title().length() > MAX_TITLE) {
      throw new LagesbildRuleViolation("title", "measure.error.text.tooLong");
    }
    if (input.factsFrom() == null) {
      throw new LagesbildRuleViolation("factsFrom", "measure.error.date.invalid");
    }
    if (input.factsTo() == null) {
      throw new LagesbildRuleViolation("factsTo", "measure.error.date.invalid");
    }
    if (input.factsTo().isBefore(input.factsFrom())) {
      throw new LagesbildRuleViolation("factsTo", "measure.lagesbild.error.period.order");
    }
    if (input.chosenFacts().size() > MAX_FACTS
        || input.chosenFacts().stream().anyMatch(k -> k.length() > 100)) {
      throw new LagesbildRuleViolation("facts", "measure.lagesbild.error.facts");
    }
    new TextCheck(screener, "measure.error.text.tooLong", "measure.lagesbild.error.personalData")
        .text("title", input.title(), MAX_TEXT)
        .text("crimeText", input.crimeText(), MAX_TEXT)
        .text("otherText", input.otherText(), MAX_TEXT)
        .text("analysisText", input.analysisText(), MAX_TEXT)
        .first()
        .ifPresent(
            p -> {
              throw new LagesbildRuleViolation(p.field(), p.messageKey());
            });
    boolean saved =
        repository.saveDraft(
            municipality,
            new Lagesbild(
                input.title().strip(),
                input.crimeText().strip(),
                input.otherText().strip(),
                input.analysisText().strip(),
                input.factsFrom(),
                input.factsTo(),
                new LinkedHashSet<>(input.chosenFacts()),
                input.revision()),
            input.revision());
    if (!saved) {
      throw new LagesbildRuleViolation("", "measure.error.stale");
    }
  }
}
