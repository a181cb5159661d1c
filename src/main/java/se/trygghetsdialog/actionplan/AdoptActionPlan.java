package se.trygghetsdialog.actionplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.AdoptionDecision;
import se.trygghetsdialog.measure.Measure;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureLink;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;

/**
 * A decision adopts a new version of the åtgärdsplan (lag 2023:196): the chosen measures as they
 * stand now, each with an owner and at least one identified problem. Earlier versions stay as they
 * were adopted.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AdoptActionPlan {

  /**
   * @param expectedVersionNumber the number the new version gets; a stale or repeated form fails
   */
  public record Input(
      int expectedVersionNumber,
      String title,
      String introduction,
      String adoptedBy,
      @Nullable LocalDate adoptedOn,
      String paragraph,
      String registrationNumber,
      List<MeasureId> measures) {}

  /**
   * The adoption form of the åtgärdsplan, bound and validated by Spring MVC.
   *
   * @param expectedVersion the number the new version gets
   * @param body the body that adopts the plan
   * @param measures the measures of the register the plan holds
   */
  public record Command(
      @NotNull(message = "{measure.error.stale}") Integer expectedVersion,
      @NotBlank(message = "{measure.error.plan.title.required}")
          @Size(max = 200, message = "{measure.error.text.tooLong}")
          String title,
      @Nullable @Size(max = ProposeMeasure.MAX_TEXT, message = "{measure.error.text.tooLong}")
          String introduction,
      @NotBlank(message = "{measure.error.decision.body.required}") String body,
      @NotNull(message = "{measure.error.decision.date.required}")
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate decidedOn,
      @Nullable String paragraph,
      @Nullable String registrationNumber,
      @NotEmpty(message = "{measure.error.plan.empty}") List<MeasureId> measures) {

    Input input() {
      return new Input(
          expectedVersion,
          title.strip(),
          introduction == null ? "" : introduction.strip(),
          body.strip(),
          decidedOn,
          paragraph == null ? "" : paragraph.strip(),
          registrationNumber == null ? "" : registrationNumber.strip(),
          measures.stream().filter(m -> m != null).toList());
    }
  }

  private final Measures measures;
  private final PlanRepository plans;
  private final ApplicationEventPublisher events;

  /** The adoption form: as {@link #adopt(MunicipalityId, Input, StaffPrincipal)}. */
  @Transactional
  public int adopt(MunicipalityId municipality, Command command, @Nullable StaffPrincipal actor) {
    return adopt(municipality, command.input(), actor);
  }

  /**
   * @return the new version's number
   * @throws ActionPlanRuleViolation if a field is missing, or a measure lacks an owner or a linked
   *     problem; nothing is saved then
   * @throws StaleForm if the form is stale; nothing is saved then
   */
  @Transactional
  public int adopt(MunicipalityId municipality, Input input, @Nullable StaffPrincipal actor) {
    if (input.title().isBlank()) {
      throw new ActionPlanRuleViolation("title", "measure.error.plan.title.required");
    }
    if (input.adoptedBy().isBlank()) {
      throw new ActionPlanRuleViolation("body", "measure.error.decision.body.required");
    }
    if (input.adoptedOn() == null) {
      throw new ActionPlanRuleViolation("decidedOn", "measure.error.decision.date.required");
    }
    // A day of slack, as for decisions on measures: the clerk may be a time zone ahead.
    if (input.adoptedOn().isAfter(LocalDate.now().plusDays(1))) {
      throw new ActionPlanRuleViolation("decidedOn", "measure.error.decision.date.future");
    }
    if (input.measures().isEmpty()) {
      throw new ActionPlanRuleViolation("measures", "measure.error.plan.empty");
    }
    int number = plans.nextVersionNumber(municipality);
    if (number != input.expectedVersionNumber()) {
      throw new StaleForm("", "measure.error.stale");
    }
    List<ActionPlanItem> items = new ArrayList<>();
    for (MeasureId id : input.measures().stream().distinct().toList()) {
      Measure m =
          measures
              .find(municipality, id)
              .orElseThrow(
                  () -> new ActionPlanRuleViolation("measures", "measure.error.plan.empty"));
      List<MeasureLink> links = measures.links(municipality, id);
      ActionPlanPolicy.checkPlanItem(m, links.size());
      items.add(
          new ActionPlanItem(
              id,
              m.title(),
              m.description(),
              m.owner(),
              m.horizon(),
              m.measureType(),
              m.status(),
              m.expectedEffect(),
              m.followUpOn(),
              links.stream().map(MeasureLink::label).collect(Collectors.joining("\n"))));
    }
    ActionPlanVersion version =
        new ActionPlanVersion(
            UUID.randomUUID(),
            number,
            input.title().strip(),
            input.introduction().strip(),
            new AdoptionDecision(
                input.adoptedBy().strip(),
                input.adoptedOn(),
                input.paragraph().strip(),
                input.registrationNumber().strip()),
            items);
    UUID actorId = actor == null ? null : actor.accountId();
    if (!plans.insertVersion(municipality, version, actorId)) {
      throw new StaleForm("", "measure.error.stale");
    }
    events.publishEvent(
        new ActionPlanAdopted(municipality, version.id(), number, OffsetDateTime.now(), actorId));
    return number;
  }
}
