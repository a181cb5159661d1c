package se.trygghetsdialog.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import se.trygghetsdialog.measure.Measure;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Demo data for Lysekil: the åtgärdsplan adopted in 2021 with the first five proposals of the
 * dialogue, which the measure demo data loads just before. Idempotent: only adopts version 1.
 */
@DemoData
@Order(310)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActionPlanDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ActionPlanDemoData.class);

  /** The measures the plan adopts, by their titles in the measure demo data. */
  private static final List<String> MEASURES =
      List.of(
          "Öppna spontanidrottsarenorna",
          "Ett kommunövergripande bemötandekoncept",
          "Mötesplatser över kulturer och generationer",
          "Sommarjobb för alla unga 2022",
          "Fler vuxna på stan");

  private final Municipalities municipalities;
  private final Measures measures;
  private final AdoptActionPlan adoptPlan;
  private final PlanRepository plans;

  @Override
  public void run(ApplicationArguments args) {
    municipalities.byCode("1484").map(Tenant::id).ifPresent(this::load);
  }

  private void load(MunicipalityId m) {
    if (plans.nextVersionNumber(m) != 1) {
      return;
    }
    List<Measure> register = measures.all(m);
    List<MeasureId> ids = new ArrayList<>();
    for (String title : MEASURES) {
      Optional<Measure> measure =
          register.stream().filter(x -> title.equals(x.title())).findFirst();
      if (measure.isEmpty()) {
        log.info("The demo measures are missing; no demo åtgärdsplan adopted");
        return;
      }
      ids.add(measure.get().id());
    }
    adoptPlan.adopt(
        m,
        new AdoptActionPlan.Input(
            1,
            "Åtgärdsplan för brottsförebyggande arbete och trygghet",
            "Planen bygger på lägesbilden och medborgardialogen om trygghet 2020–2021.",
            "Kommunfullmäktige",
            LocalDate.of(2021, 10, 28),
            "§ 98",
            "LKS 2021-000400 (demo)",
            ids),
        null);
  }
}
