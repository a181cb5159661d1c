package se.trygghetsdialog.lagesbild;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.TextCheck;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;

/**
 * The safety coordinator saves the draft of the lägesbild. Every free text is screened for personal
 * data, because the adopted lägesbild is public: a finding refuses the save and names the field.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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

  /**
   * The draft form, bound by Spring MVC; the rules on its texts are this action's.
   *
   * @param revision the revision the form was loaded with
   * @param facts the keys of the facts chosen
   */
  public record Command(
      @NotNull(message = "{measure.error.stale}") Integer revision,
      @Nullable String title,
      @Nullable String crimeText,
      @Nullable String otherText,
      @Nullable String analysisText,
      @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate factsFrom,
      @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate factsTo,
      @Nullable List<String> facts) {

    Input input() {
      return new Input(
          revision,
          clean(title),
          clean(crimeText),
          clean(otherText),
          clean(analysisText),
          factsFrom,
          factsTo,
          facts == null ? List.of() : facts.stream().map(String::strip).distinct().toList());
    }

    private static String clean(@Nullable String text) {
      return text == null ? "" : text.strip().replace("\r\n", "\n");
    }
  }

  private final LagesbildRepository repository;
  private final PersonalDataScreener screener;

  /** The draft form: as {@link #save(MunicipalityId, Input, StaffPrincipal)}. */
  @Transactional
  public void save(MunicipalityId municipality, Command command, @Nullable StaffPrincipal actor) {
    save(municipality, command.input(), actor);
  }

  /**
   * @throws LagesbildRuleViolation naming the first field that is wrong; nothing is saved then
   * @throws StaleForm if the draft changed since the form was shown; nothing is saved then
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
      throw new StaleForm("", "measure.error.stale");
    }
  }
}
