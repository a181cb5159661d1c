package se.trygghetsdialog.dialogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.PerspectiveGroup;
import se.trygghetsdialog.dialogue.PerspectiveSource;
import se.trygghetsdialog.dialogue.PublishedDocument;
import se.trygghetsdialog.dialogue.PublishedDocuments;
import se.trygghetsdialog.dialogue.StepPlan;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.ParticipationLadder;
import se.trygghetsdialog.tenancy.ParticipationLevel;

/** Builds the view models of dialogue pages, resolving names of bodies, areas and levels. */
@Component
class DialogueViews {

  private final Dialogues dialogues;
  private final Organisations organisations;
  private final Areas areas;
  private final ParticipationLadder ladder;
  private final List<PerspectiveSource> perspectiveSources;
  private final List<PublishedDocuments> documentSources;

  DialogueViews(
      Dialogues dialogues,
      Organisations organisations,
      Areas areas,
      ParticipationLadder ladder,
      List<PerspectiveSource> perspectiveSources,
      List<PublishedDocuments> documentSources) {
    this.dialogues = dialogues;
    this.organisations = organisations;
    this.areas = areas;
    this.ladder = ladder;
    this.perspectiveSources = List.copyOf(perspectiveSources);
    this.documentSources = List.copyOf(documentSources);
  }

  List<DialogueListItem> items(MunicipalityId municipality, List<Dialogue> list, Locale locale) {
    Map<UUID, String> levels =
        ladder.levels(municipality).stream()
            .collect(Collectors.toMap(ParticipationLevel::id, l -> l.name().in(locale)));
    Map<UUID, String> areaNames =
        areas.all(municipality).stream().collect(Collectors.toMap(Area::id, Area::name));
    Map<UUID, String> bodies = organisations.names(municipality);
    return list.stream()
        .map(
            d ->
                new DialogueListItem(
                    d,
                    d.charter().participationLevelId() == null
                        ? ""
                        : levels.getOrDefault(d.charter().participationLevelId(), ""),
                    d.areaId() == null ? "" : areaNames.getOrDefault(d.areaId(), ""),
                    bodies.getOrDefault(d.decision().bodyId(), "")))
        .toList();
  }

  DialoguePageModel page(MunicipalityId municipality, Dialogue dialogue, Locale locale) {
    List<ParticipationLevel> levels = ladder.levels(municipality);
    ParticipationLevel level =
        levels.stream()
            .filter(l -> l.id().equals(dialogue.charter().participationLevelId()))
            .findFirst()
            .orElse(null);
    String body = organisations.name(municipality, dialogue.decision().bodyId(), locale);
    String area =
        dialogue.areaId() == null
            ? ""
            : areas.find(municipality, dialogue.areaId()).map(Area::name).orElse("");
    return new DialoguePageModel(
        dialogue,
        body,
        area,
        level,
        levels,
        steps(dialogue, dialogues.plan(municipality, dialogue.id())),
        dialogues.history(municipality, dialogue.id()),
        dialogues.team(municipality, dialogue.id()),
        perspectives(municipality, dialogue, locale),
        documents(municipality, dialogue, locale));
  }

  /** The documents other modules published for the dialogue (such as frozen reports). */
  List<PublishedDocument> documents(MunicipalityId municipality, Dialogue dialogue, Locale locale) {
    List<PublishedDocument> documents = new ArrayList<>();
    for (PublishedDocuments source : documentSources) {
      documents.addAll(source.publishedFor(municipality, dialogue.id(), locale));
    }
    return documents;
  }

  /** The step-2 perspectives other modules hold for the dialogue; none for information only. */
  List<PerspectiveGroup> perspectives(
      MunicipalityId municipality, Dialogue dialogue, Locale locale) {
    if (dialogue.informationOnly()) {
      return List.of();
    }
    List<PerspectiveGroup> groups = new ArrayList<>();
    for (PerspectiveSource source : perspectiveSources) {
      groups.addAll(source.perspectivesFor(municipality, dialogue.id(), locale));
    }
    return groups;
  }

  static List<StepView> steps(Dialogue dialogue, List<StepPlan> plan) {
    Map<DialogueStep, StepPlan> byStep =
        plan.stream().collect(Collectors.toMap(StepPlan::step, Function.identity()));
    List<StepView> steps = new ArrayList<>();
    for (DialogueStep step : DialogueStep.values()) {
      StepView.State state;
      if (step == dialogue.step()) {
        state = StepView.State.CURRENT;
      } else if (dialogue.informationOnly() && step.directlyInfluenced()) {
        state = StepView.State.SKIPPED;
      } else if (dialogue.step().isAfter(step)) {
        state = StepView.State.DONE;
      } else {
        state = StepView.State.UPCOMING;
      }
      StepPlan planned = byStep.get(step);
      steps.add(
          new StepView(
              step,
              state,
              planned == null ? null : planned.start(),
              planned == null ? null : planned.end()));
    }
    return steps;
  }
}
