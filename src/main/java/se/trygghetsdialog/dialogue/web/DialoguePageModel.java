package se.trygghetsdialog.dialogue.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.PerspectiveGroup;
import se.trygghetsdialog.dialogue.PublishedDocument;
import se.trygghetsdialog.dialogue.StepRecord;
import se.trygghetsdialog.dialogue.TeamMember;
import se.trygghetsdialog.tenancy.ParticipationLevel;

/** Everything the public dialogue page shows. */
public record DialoguePageModel(
    Dialogue dialogue,
    String decisionBody,
    String areaName,
    @Nullable ParticipationLevel level,
    List<ParticipationLevel> ladder,
    List<StepView> steps,
    List<StepRecord> history,
    List<TeamMember> team,
    List<PerspectiveGroup> perspectives,
    List<PublishedDocument> documents) {

  /** Whether the page shows the step-2 perspectives: not for information activities. */
  public boolean showsPerspectives() {
    return !dialogue.informationOnly();
  }

  /** The number of step-2 perspectives in all groups. */
  public int perspectiveCount() {
    return perspectives.stream().mapToInt(PerspectiveGroup::count).sum();
  }
}
