package se.trygghetsdialog.lagesbild;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Demo data for Lysekil: an adopted lägesbild (version 1) with crime statistics, facts from the
 * place and dialogue modules, an analysis and two identified problems, one answered by a demo
 * measure. The crime figures are invented examples, and the texts say so. Idempotent: nothing is
 * added once a version exists.
 */
@DemoData
@Order(560)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LagesbildDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(LagesbildDemoData.class);

  static final String CSV =
      """
      kategori;period;antal
      Misshandel;2023;118
      Misshandel;2024;124
      Misshandel;2025;109
      Skadegörelse;2023;301
      Skadegörelse;2024;276
      Skadegörelse;2025;288
      Stöld och snatteri;2023;455
      Stöld och snatteri;2024;430
      Stöld och snatteri;2025;398
      Narkotikabrott;2023;96
      Narkotikabrott;2024;121
      Narkotikabrott;2025;133
      """;

  private final Municipalities municipalities;
  private final Lagesbilder lagesbilder;
  private final ImportCrimeStatistics importStatistics;
  private final EditLagesbild edit;
  private final IdentifyLagesbildProblem identify;
  private final AdoptLagesbild adopt;
  private final Measures measures;
  private final LinkInput linkInput;

  @Override
  public void run(ApplicationArguments args) {
    Tenant tenant = municipalities.defaultMunicipality().orElse(null);
    if (tenant == null || !lagesbilder.versions(tenant.id()).isEmpty()) {
      return;
    }
    MunicipalityId m = tenant.id();
    LocalDate today = LocalDate.now();
    importStatistics.importCsv(
        m, "exempel-anmalda-brott.csv", CSV.getBytes(StandardCharsets.UTF_8), null);
    Lagesbild draft = lagesbilder.draft(m, today);
    List<String> facts =
        lagesbilder.availableFacts(m, today.minusYears(2), today).stream()
            .map(LagesbildFact::key)
            .toList();
    edit.save(
        m,
        new EditLagesbild.Input(
            draft.revision(),
            "Lägesbild över brottsligheten i Lysekils kommun",
            "Siffrorna i demon är påhittade exempel, inte polisens statistik. I ett skarpt läge"
                + " läses polisens öppna statistik över anmälda brott i kommunen in.\n\n"
                + "Anmälda narkotikabrott har ökat tre år i rad, medan stölder och misshandel har"
                + " minskat. Skadegörelse ligger kvar på en hög nivå och drabbar framför allt"
                + " centrala Lysekil och Brastad.",
            "Trygghetsmätningen och samtal med skolorna visar att unga upplever centrum och"
                + " busstationen som otrygga på kvällar. Polisen bekräftar bilden i sin lokala"
                + " lägesbild.",
            "Brottsligheten i kommunen är i huvudsak vardagsbrottslighet. Ökningen av"
                + " narkotikabrott hänger delvis samman med att polisen arbetat mer aktivt, men"
                + " skolorna beskriver också att unga oftare erbjuds narkotika. Otryggheten på"
                + " kvällar i centrum hänger ihop med dålig belysning och få vuxna i rörelse.",
            today.minusYears(2),
            today,
            facts),
        null);
    UUID youth = UUID.nameUUIDFromBytes(("lagesbild-demo-youth-" + m.value()).getBytes());
    identify.identify(
        m,
        new IdentifyLagesbildProblem.Input(
            youth,
            "Unga saknar trygga platser på kvällar",
            "Unga vistas i centrum och vid busstationen på kvällar där få vuxna finns.",
            null),
        null);
    identify.identify(
        m,
        new IdentifyLagesbildProblem.Input(
            UUID.nameUUIDFromBytes(("lagesbild-demo-drugs-" + m.value()).getBytes()),
            "Fler unga erbjuds narkotika",
            "Anmälda narkotikabrott ökar och skolorna beskriver att unga oftare erbjuds narkotika.",
            null),
        null);
    measures.all(m).stream()
        .filter(x -> x.title().equals("Öppna spontanidrottsarenorna"))
        .findFirst()
        .ifPresent(
            x -> linkInput.link(m, x.id(), new InputRef(InputRef.LAGESBILD_ITEM, youth), null));
    adopt.adopt(
        m,
        new AdoptLagesbild.Input(
            lagesbilder.nextVersionNumber(m),
            "Kommunstyrelsen",
            today.minusMonths(2),
            "§ 142",
            "LKS 2026-000321"),
        today,
        null);
    log.info("Demo lägesbild adopted as version 1");
  }
}
