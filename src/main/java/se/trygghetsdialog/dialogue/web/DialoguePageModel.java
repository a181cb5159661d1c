package se.trygghetsdialog.dialogue.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.dialogue.Dialogue;
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
    List<TeamMember> team) {}
