package se.trygghetsdialog.opinion;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/** Test data for opinion mapping: a fresh dialogue with voting open in its current step. */
public final class OpinionMother {

  private OpinionMother() {}

  /** A new dialogue (step 1) whose team opened voting in step 1, so residents can vote now. */
  public static Dialogue openDialogue(
      MunicipalityId municipality,
      Organisations organisations,
      CreateDialogue createDialogue,
      Dialogues dialogues,
      ChooseVotingSteps chooseSteps,
      String title) {
    String unique = StaffMother.uniqueWord();
    var board =
        organisations.register(
            municipality,
            "Kommunstyrelsen åsikt " + unique,
            OrganisationKind.EXECUTIVE_BOARD,
            null);
    DialogueId id =
        createDialogue.create(
            municipality,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                title + " " + unique,
                "Vad gör kommunen tryggare?",
                null,
                TopicOrigin.OFFICIAL,
                "",
                board.id(),
                LocalDate.now(),
                "§ 9",
                "KS 2026/" + unique),
            null);
    chooseSteps.choose(
        municipality, id, EnumSet.of(DialogueStep.PREPARATION, DialogueStep.PERSPECTIVES));
    return dialogues.find(municipality, id).orElseThrow();
  }

  /**
   * Casts votes through {@link CastVote} from {@code perGroup} new participants in each of three
   * planted groups, so that the engine finds groups: group g agrees with statements whose index
   * modulo 3 is g and disagrees with the others.
   */
  public static void plantedVotes(
      MunicipalityId municipality,
      Dialogue dialogue,
      CastVote castVote,
      java.util.List<StatementId> statements,
      int perGroup) {
    java.util.Random random = new java.util.Random(7);
    for (int p = 0; p < 3 * perGroup; p++) {
      int group = p % 3;
      String pseudonym = OpinionConversations.newPseudonym();
      for (int j = 0; j < statements.size(); j++) {
        boolean with = random.nextDouble() < 0.9;
        boolean agree = (j % 3 == group) == with;
        castVote.cast(
            municipality,
            dialogue,
            pseudonym,
            statements.get(j),
            agree ? Vote.AGREE : Vote.DISAGREE);
      }
    }
  }
}
