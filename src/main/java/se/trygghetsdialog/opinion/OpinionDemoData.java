package se.trygghetsdialog.opinion;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Lysekil demo data for opinion mapping: a dozen statements in the dialogue "Trygghet i Lysekils
 * kommun" and a few hundred synthetic votes from three planted opinion groups, so that the results
 * page shows groups. Does nothing if the dialogue already has statements.
 */
@DemoData
@Order(400)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OpinionDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OpinionDemoData.class);

  static final String DIALOGUE_TITLE = "Trygghet i Lysekils kommun";

  /** Statements with each planted group's inclination: +1 agree, −1 disagree, 0 mixed. */
  private record Seed(String text, int a, int b, int c) {}

  private static final List<Seed> STATEMENTS =
      List.of(
          new Seed("Det behövs mer belysning längs gång- och cykelvägarna.", 1, 1, 1),
          new Seed("Fler vuxna ute på kvällarna skulle göra centrum tryggare.", 1, 1, 0),
          new Seed("Kameraövervakning vid busstationen skulle öka tryggheten.", 1, -1, 0),
          new Seed("Polisen borde synas mer i Lysekils centrum.", 1, -1, 1),
          new Seed("Fritidsgården borde ha öppet fler kvällar i veckan.", -1, 1, 1),
          new Seed("Unga behöver fler platser att vara på utan att behöva köpa något.", -1, 1, 1),
          new Seed("Det är otryggt att gå ensam i Gamlestan på kvällen.", 1, 0, -1),
          new Seed(
              "Rykten i sociala medier gör att man känner sig mer otrygg än man är.", -1, 1, 0),
          new Seed("Kommunen borde satsa mer på föreningslivet än på kameror.", -1, 1, 0),
          new Seed("Jag känner mig trygg där jag bor.", 0, 1, -1),
          new Seed("Det behövs bättre kollektivtrafik på kvällar och helger.", 0, 0, 1),
          new Seed("Äldre som bor ensamma behöver fler mötesplatser.", 0, 1, 1));

  private final Municipalities municipalities;
  private final Dialogues dialogues;
  private final SeedStatement seedStatement;
  private final OpinionRepository repository;

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Tenant lysekil = municipalities.byCode("1484").orElse(null);
    if (lysekil == null) {
      return;
    }
    MunicipalityId m = lysekil.id();
    DialogueId dialogue =
        dialogues.list(m, null, null, 1, 500).items().stream()
            .filter(d -> d.title().equals(DIALOGUE_TITLE))
            .map(Dialogue::id)
            .findFirst()
            .orElse(null);
    if (dialogue == null || !repository.statements(m, dialogue).isEmpty()) {
      return;
    }
    log.info("Loading the Lysekil opinion-mapping demo data");
    List<StatementId> ids = new ArrayList<>();
    for (Seed s : STATEMENTS) {
      ids.add(seedStatement.seed(m, dialogue, s.text()));
    }
    syntheticVotes(m, dialogue, ids, 60);
  }

  /** {@code perGroup} participants in each of three planted groups; seeded, so always the same. */
  private void syntheticVotes(
      MunicipalityId m, DialogueId dialogue, List<StatementId> ids, int perGroup) {
    Random random = new Random(1484);
    int first = repository.reserveParticipantNumbers(m, dialogue, 3 * perGroup);
    List<OpinionRepository.NewVote> votes = new ArrayList<>();
    for (int p = 0; p < 3 * perGroup; p++) {
      int group = p % 3;
      ParticipantId participant = new ParticipantId(UUID.randomUUID());
      repository.insertParticipant(m, dialogue, participant, first + p, null);
      for (int j = 0; j < ids.size(); j++) {
        if (random.nextDouble() < 0.2) {
          continue; // not everyone sees every statement
        }
        Seed s = STATEMENTS.get(j);
        int lean = group == 0 ? s.a() : group == 1 ? s.b() : s.c();
        double r = random.nextDouble();
        Vote vote;
        if (lean == 0) {
          vote = r < 0.4 ? Vote.AGREE : r < 0.8 ? Vote.DISAGREE : Vote.PASS;
        } else {
          Vote with = lean > 0 ? Vote.AGREE : Vote.DISAGREE;
          Vote against = lean > 0 ? Vote.DISAGREE : Vote.AGREE;
          vote = r < 0.8 ? with : r < 0.9 ? against : Vote.PASS;
        }
        votes.add(new OpinionRepository.NewVote(participant, ids.get(j), vote));
      }
    }
    repository.insertVotes(m, dialogue, votes, java.time.OffsetDateTime.now());
  }
}
