package se.trygghetsdialog.session;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.TeamMember;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Demo data for Lysekil: one held dialogue session of the demo dialogue, with attendance as counts,
 * neutral notes (sent) and two agreements. An invented example, labelled as such in its title. Runs
 * after the core demo data and is idempotent (a fixed creation token).
 */
@DemoData
@Order(320)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SessionDemoData.class);
  private static final String DIALOGUE_TITLE = "Trygghet i Lysekils kommun";
  private static final UUID TOKEN =
      UUID.nameUUIDFromBytes("demo-session-1".getBytes(StandardCharsets.UTF_8));

  private final Municipalities municipalities;
  private final Dialogues dialogues;
  private final PlanSession planSession;
  private final RecordOutcome recordOutcome;
  private final PublishNotes publishNotes;
  private final Sessions sessions;
  private final DialogueSessionRepository repository;
  private final PersonalDataScreener screener;

  @Override
  public void run(ApplicationArguments args) {
    municipalities.byCode("1484").map(Tenant::id).ifPresent(this::load);
  }

  private ScreenedText text(String text) {
    return new ScreenedText(screener.screen(text));
  }

  private void load(MunicipalityId m) {
    if (repository.byCreationToken(m, TOKEN).isPresent()) {
      return;
    }
    Dialogue dialogue = dialogues.titled(m, DIALOGUE_TITLE).orElse(null);
    if (dialogue == null) {
      log.info("The demo dialogue is missing; no demo session loaded");
      return;
    }
    UUID actor =
        dialogues.team(m, dialogue.id()).stream()
            .map(TeamMember::accountId)
            .findFirst()
            .orElse(null);
    if (actor == null) {
      log.info("The demo dialogue has no team; no demo session loaded");
      return;
    }
    UUID id =
        planSession.plan(
            dialogue,
            actor,
            new PlanSession.Command(
                SessionFormat.PHYSICAL,
                text("Dialoggrupp 1 (exempel): trygghet i centrum"),
                text(
                    "1. Välkomna och syftet med dialogen\n2. Vad gör centrum tryggt och otryggt?"
                        + "\n3. Vad kan vi göra tillsammans?\n4. Överenskommelser och nästa steg"),
                "Stadshuset, Lysekil (exempel)",
                true,
                true,
                true,
                true,
                "",
                "",
                "",
                LocalDate.of(2021, 3, 17),
                LocalTime.of(18, 0),
                LocalTime.of(20, 30),
                TOKEN));
    DialogueSession session = sessions.find(m, id).orElseThrow();
    recordOutcome.record(
        session,
        actor,
        new RecordOutcome.Command(
            14,
            3,
            4,
            3,
            2,
            2,
            7,
            6,
            null,
            text(
                "Deltagarna beskrev centrum som tryggt på dagen men ödsligt på kvällen. Flera"
                    + " efterfrågade mer belysning och fler vuxna ute, särskilt vid busstationen."),
            text("Fler vuxna på stan kvällar och helger\nBättre belysning vid busstationen")));
    DialogueSession held = sessions.find(m, id).orElseThrow();
    if (!held.notesFlagged()) {
      publishNotes.publish(held, actor);
    }
  }
}
