package se.trygghetsdialog.dialogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** Test data for dialogues. */
final class DialogueMother {

  static final MunicipalityId MUNICIPALITY = new MunicipalityId(UUID.randomUUID());

  private DialogueMother() {}

  static Charter completeCharter(boolean canBeInfluenced) {
    return new Charter(
        "inflytande",
        "underlag",
        "",
        canBeInfluenced,
        "",
        UUID.randomUUID(),
        ConflictLevel.LOW,
        "",
        "alla",
        "unga",
        "rapport",
        "team@example.org",
        "bakgrund",
        0L,
        100,
        LocalDate.of(2020, 9, 1),
        LocalDate.of(2021, 6, 30),
        "trygghetsgruppen",
        "intervjuer i höst");
  }

  static Dialogue inStep(DialogueStep step, Charter charter) {
    return new Dialogue(
        new DialogueId(UUID.randomUUID()),
        MUNICIPALITY,
        "Trygghet",
        "Om trygghet",
        null,
        TopicOrigin.OFFICIAL,
        "",
        new Decision(UUID.randomUUID(), LocalDate.of(2020, 6, 10), "§ 1", "KS 2020/1"),
        charter,
        step,
        3,
        OffsetDateTime.now());
  }

  /** The input creating the dialogue “Trygg hamn”, decided by {@code body}, about {@code area}. */
  static CreateDialogue.Input harbour(UUID body, @Nullable UUID area) {
    return new CreateDialogue.Input(
        UUID.randomUUID(),
        "Trygg hamn",
        "Om hamnen",
        area,
        TopicOrigin.OFFICIAL,
        "",
        body,
        LocalDate.of(2026, 1, 10),
        "§ 7",
        "KS 2026/7");
  }

  static List<TeamMember> teamWithLeader() {
    return List.of(new TeamMember(UUID.randomUUID(), "Pia", TeamRole.PROCESS_LEADER));
  }
}
