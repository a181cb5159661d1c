package se.trygghetsdialog.topic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.measure.AssignResponseTask;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Lysekil demo data for the topic backlog: the topics behind the demo dialogues (one of them the
 * dialogue on safety) and a few others, new, under consideration and not taken up. Does nothing if
 * Lysekil already has topics.
 */
@DemoData
@Order(450)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TopicDemoData.class);

  private final Municipalities municipalities;
  private final Dialogues dialogues;
  private final TopicRepository topics;
  private final ProposalCaseRepository cases;
  private final Organisations organisations;
  private final AssignResponseTask assignTask;

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Tenant lysekil = municipalities.byCode("1484").orElse(null);
    if (lysekil == null || topics.count(lysekil.id(), false) > 0) {
      return;
    }
    MunicipalityId m = lysekil.id();
    log.info("Loading the Lysekil topic demo data");
    topic(
        m,
        "Trygghet i Lysekils kommun",
        "Oron för otrygghet har ökat, särskilt kring unga på stan på kvällar och helger. Hur kan"
            + " vi tillsammans göra kommunen tryggare?",
        TopicOrigin.ELECTED_OFFICIAL,
        "",
        TopicStatus.DIALOGUE_DECIDED,
        "Kommunstyrelsen beslutade den 10 juni 2020 (§ 101) att hålla en medborgardialog om"
            + " trygghet enligt SKR:s modell.",
        dialogue(m, "Trygghet i Lysekils kommun"),
        OffsetDateTime.of(2020, 5, 20, 10, 0, 0, 0, ZoneOffset.UTC));
    UUID brastad =
        topic(
            m,
            "Trygga mötesplatser i Brastad",
            "Unga i Brastad saknar platser att träffas på kvällar och helger som känns trygga.",
            TopicOrigin.CITIZEN_PROPOSAL,
            "Medborgarförslag LKS 2026-000045 (demo)",
            TopicStatus.DIALOGUE_DECIDED,
            "Kommunstyrelsen beslutade den 14 oktober 2026 (§ 188) att hålla en dialog om frågan.",
            dialogue(m, "Trygga mötesplatser i Brastad"),
            OffsetDateTime.of(2026, 8, 30, 9, 0, 0, 0, ZoneOffset.UTC));
    UUID gamlestan =
        topic(
            m,
            "Belysning och trygghet i Gamlestan",
            "Gränderna i Gamlestan är mörka på vinterkvällarna. Hur vill de som bor och rör sig där"
                + " att området ska kännas?",
            TopicOrigin.CITIZEN_PROPOSAL,
            "",
            TopicStatus.UNDER_CONSIDERATION,
            "Samhällsbyggnadsförvaltningen tar fram ett underlag om belysningen till"
                + " kommunstyrelsens möte i februari.",
            null,
            OffsetDateTime.of(2026, 10, 5, 18, 30, 0, 0, ZoneOffset.UTC));
    topic(
        m,
        "Fler bänkar längs strandpromenaden",
        "Äldre behöver fler ställen att vila på längs promenaden.",
        TopicOrigin.OFFICIAL,
        "",
        TopicStatus.NOT_TAKEN_UP,
        "Frågan är inte komplex och kräver ingen dialog: bänkarna ingår redan i underhållsplanen"
            + " för 2027.",
        null,
        OffsetDateTime.of(2026, 9, 12, 8, 0, 0, 0, ZoneOffset.UTC));
    topic(
        m,
        "Ungas trygghet på kvällsbussarna",
        "Flera unga säger att de känner sig otrygga på de sena bussarna till Brastad och Skaftö.",
        TopicOrigin.CITIZEN_PROPOSAL,
        "",
        TopicStatus.NEW,
        "",
        null,
        OffsetDateTime.of(2026, 11, 28, 20, 15, 0, 0, ZoneOffset.UTC));
    proposalCases(m, brastad, gamlestan);
  }

  /**
   * Two medborgarförslag with case files: the Brastad one decided with bifall (and turned into a
   * dialogue), the Gamlestan one referred to Samhällsbyggnadsnämnden for an answer.
   */
  private void proposalCases(MunicipalityId m, UUID brastad, UUID gamlestan) {
    UUID board = body(m, "Kommunstyrelsen");
    UUID committee = body(m, "Samhällsbyggnadsnämnden");
    if (board == null || committee == null) {
      return;
    }
    cases.register(
        m, brastad, "LKS 2026-000045", OffsetDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC));
    cases.decide(
        m,
        brastad,
        0,
        new DecideProposal.Decision(
            board,
            LocalDate.of(2026, 10, 14),
            "§ 188",
            ProposalOutcome.APPROVED,
            "Kommunstyrelsen biföll förslaget och beslutade att hålla en medborgardialog om"
                + " trygga mötesplatser för unga i Brastad."),
        OffsetDateTime.of(2026, 10, 14, 15, 0, 0, 0, ZoneOffset.UTC));
    cases.register(
        m,
        gamlestan,
        "LKS 2026-000071",
        OffsetDateTime.of(2026, 10, 8, 8, 0, 0, 0, ZoneOffset.UTC));
    LocalDate due = LocalDate.of(2027, 2, 26);
    UUID task =
        assignTask.assign(
            m,
            new AssignResponseTask.Input(
                UUID.nameUUIDFromBytes(
                    ("proposal-referral:" + gamlestan).getBytes(StandardCharsets.UTF_8)),
                null,
                "Samhällsbyggnadsnämnden",
                "Medborgarförslag LKS 2026-000071: Belysning och trygghet i Gamlestan",
                due),
            null);
    cases.refer(
        m,
        gamlestan,
        0,
        committee,
        task,
        due,
        OffsetDateTime.of(2026, 10, 20, 9, 0, 0, 0, ZoneOffset.UTC));
  }

  private @Nullable UUID body(MunicipalityId m, String name) {
    return organisations.decidingBodies(m).stream()
        .filter(o -> o.name().equals(name))
        .map(Organisation::id)
        .findFirst()
        .orElse(null);
  }

  private @Nullable DialogueId dialogue(MunicipalityId m, String title) {
    return dialogues.list(m, null, null, 1, 500).items().stream()
        .filter(d -> d.title().equals(title))
        .map(Dialogue::id)
        .findFirst()
        .orElse(null);
  }

  private UUID topic(
      MunicipalityId m,
      String title,
      String description,
      TopicOrigin origin,
      String reference,
      TopicStatus status,
      String reason,
      @Nullable DialogueId dialogue,
      OffsetDateTime proposedAt) {
    UUID id = UUID.randomUUID();
    topics.insert(
        new Topic(
            id,
            m,
            0,
            title,
            description,
            origin,
            reference,
            TopicVisibility.SHOWN,
            TopicStatus.NEW,
            "",
            proposedAt,
            null,
            proposedAt,
            0),
        null);
    if (status != TopicStatus.NEW) {
      topics.changeStatus(m, id, 0, status, reason, dialogue, proposedAt.plusWeeks(2));
      topics.recordStatus(m, id, status, reason, proposedAt.plusWeeks(2));
    }
    return id;
  }
}
