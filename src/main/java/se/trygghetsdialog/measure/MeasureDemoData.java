package se.trygghetsdialog.measure;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Demo data for Lysekil: the proposals of the 2021 dialogue (lysekil.se 2021-06-18) as measures
 * linked to the demo dialogue, one decision and the 2021 medborgarlöfte (the åtgärdsplan that
 * adopts five of them is loaded by the actionplan module). Runs after the core demo data and is
 * idempotent.
 */
@DemoData
@Order(300)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasureDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(MeasureDemoData.class);
  private static final String DIALOGUE_TITLE = "Trygghet i Lysekils kommun";

  private final Municipalities municipalities;
  private final Dialogues dialogues;
  private final ProposeMeasure proposeMeasure;
  private final RecordDecision recordDecision;
  private final ChangeMeasureStatus changeStatus;
  private final RecordPromise recordPromise;
  private final MeasureRepository measures;

  private record Proposal(
      String key,
      String title,
      String description,
      Horizon horizon,
      String owner,
      OwnerKind kind,
      MeasureType type,
      String effect) {}

  private static final List<Proposal> PROPOSALS =
      List.of(
          new Proposal(
              "spontanidrott",
              "Öppna spontanidrottsarenorna",
              "Spontanidrottsarenorna hålls öppna och belysta på kvällar och helger, med vuxna på"
                  + " plats.",
              Horizon.SHORT_TERM,
              "Lysekils kommun, fritidsavdelningen",
              OwnerKind.MUNICIPALITY,
              MeasureType.SOCIAL,
              "Fler unga har en trygg plats att vara på kvällstid."),
          new Proposal(
              "bemotande",
              "Ett kommunövergripande bemötandekoncept",
              "Alla som arbetar i kommunen får en gemensam grund för hur invånare bemöts.",
              Horizon.LONG_TERM,
              "Lysekils kommun",
              OwnerKind.MUNICIPALITY,
              MeasureType.SOCIAL,
              "Ökat förtroende för kommunen."),
          new Proposal(
              "motesplatser",
              "Mötesplatser över kulturer och generationer",
              "Mötesplatser där människor i olika åldrar och med olika bakgrund möts.",
              Horizon.LONG_TERM,
              "Föreningar i Lysekils kommun",
              OwnerKind.ASSOCIATION,
              MeasureType.SOCIAL,
              "Starkare sammanhållning."),
          new Proposal(
              "sommarjobb",
              "Sommarjobb för alla unga 2022",
              "Alla unga som söker erbjuds ett sommarjobb sommaren 2022.",
              Horizon.SHORT_TERM,
              "Lysekils kommun, arbetsmarknadsenheten",
              OwnerKind.MUNICIPALITY,
              MeasureType.SOCIAL,
              "Unga får sysselsättning och kontakter med vuxna."),
          new Proposal(
              "vuxna",
              "Fler vuxna på stan",
              "Fler vuxna rör sig på stan kvällar och helger: föräldrar, föreningar och"
                  + " trygghetsvärdar.",
              Horizon.SHORT_TERM,
              "Lysekils kommun och föreningar",
              OwnerKind.MUNICIPALITY,
              MeasureType.SITUATIONAL,
              "Färre incidenter och ökad trygghet i centrum."),
          new Proposal(
              "samhallsmedlare",
              "Samhällsmedlare",
              "Samhällsmedlare som bygger broar mellan invånare och myndigheter.",
              Horizon.LONG_TERM,
              "Lysekils kommun",
              OwnerKind.MUNICIPALITY,
              MeasureType.SOCIAL,
              "Bättre kontakt mellan invånare och myndigheter."),
          new Proposal(
              "mentor",
              "Ett mentorprogram",
              "Unga får en vuxen mentor genom skolan eller föreningslivet.",
              Horizon.LONG_TERM,
              "Föreningar i Lysekils kommun",
              OwnerKind.ASSOCIATION,
              MeasureType.SOCIAL,
              "Unga får stöd och förebilder."),
          new Proposal(
              "samtalen",
              "Fortsätt samtalen – säkra kontinuiteten",
              "Medborgardialogen om trygghet fortsätter som ett återkommande arbetssätt.",
              Horizon.LONG_TERM,
              "Lysekils kommun, kommunstyrelsen",
              OwnerKind.MUNICIPALITY,
              MeasureType.SOCIAL,
              "Invånarnas perspektiv når besluten även framöver."));

  private static UUID token(String key) {
    return UUID.nameUUIDFromBytes(("demo-measure-" + key).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void run(ApplicationArguments args) {
    municipalities.byCode("1484").map(Tenant::id).ifPresent(this::load);
  }

  private void load(MunicipalityId m) {
    Dialogue dialogue = dialogues.titled(m, DIALOGUE_TITLE).orElse(null);
    if (dialogue == null) {
      log.info("The demo dialogue is missing; no demo measures loaded");
      return;
    }
    List<MeasureId> ids = new ArrayList<>();
    for (Proposal p : PROPOSALS) {
      ids.add(
          proposeMeasure.propose(
              m,
              new ProposeMeasure.Input(
                  token(p.key()),
                  MeasureKind.PROPOSAL,
                  p.title(),
                  p.description(),
                  p.horizon(),
                  p.owner(),
                  p.kind(),
                  "Trygghetssamordnaren",
                  p.effect(),
                  p.type(),
                  dialogue.areaId(),
                  LocalDate.of(2022, 6, 30),
                  List.of(InputRef.dialogue(dialogue.id().value()))),
              null));
    }
    MeasureId sports = ids.get(0);
    Measure decided = measures.find(m, sports).orElseThrow();
    if (decided.status() == MeasureStatus.PROPOSED) {
      recordDecision.record(
          m,
          sports,
          new RecordDecision.Input(
              decided.version(),
              "Kommunstyrelsen",
              LocalDate.of(2021, 9, 1),
              "§ 145",
              "LKS 2021-000321 (demo)",
              DecisionOutcome.APPROVED,
              "Arenorna finns redan; att hålla dem öppna och belysta är en snabb åtgärd som"
                  + " dialogens deltagare prioriterade högst."),
          null);
      Measure after = measures.find(m, sports).orElseThrow();
      changeStatus.change(
          m,
          sports,
          after.version(),
          MeasureStatus.IN_PROGRESS,
          "Belysningen är förlängd till kl. 22 och fritidsledare finns på plats fredagar.",
          null);
    }
    recordPromise.record(
        m,
        new RecordPromise.Input(
            token("promise-2021"),
            PromiseParty.BOTH,
            "Trygga fysiska miljöer och mötesplatser; Ungdomar, inkludering och positiva"
                + " fritidsaktiviteter; Brottsaktiva personer och välfärdsbrott; Kommunikation",
            LocalDate.of(2021, 4, 1),
            LocalDate.of(2022, 3, 31),
            "Kommunen och polisen lovar att tillsammans arbeta för trygga miljöer och mötesplatser,"
                + " positiva fritidsaktiviteter för unga, att motverka brottslighet och"
                + " välfärdsbrott, och att kommunicera öppet om vad som görs.",
            PromiseStatus.ACTIVE,
            "Medborgardialogen om trygghet, polisens trygghetsmätning och kommunens lägesbild.",
            List.of(ids.get(0), ids.get(4)),
            List.of(InputRef.dialogue(dialogue.id().value()))),
        null);
  }
}
