package se.trygghetsdialog.population;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Demo data for Lysekil: illustrative population figures per area, age band and sex for 2024, in
 * SCB's CSV layout, imported as illustrative (every page showing them says they are invented and
 * imitate SCB's table BE0101), and codes for the demo areas in the form of DeSO codes. Idempotent:
 * nothing is added once figures exist.
 */
@DemoData
@Order(150)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PopulationDemoData implements ApplicationRunner {

  /** The file name the demo import shows; it says what the figures are. */
  static final String FILE = "illustrativa-demosiffror-folkmangd-lysekil-2024.csv";

  /** Share of each age band (0–17, 18–29, 30–49, 50–64, 65+) in the invented figures. */
  private static final double[] AGE_SHARE = {0.18, 0.11, 0.20, 0.20, 0.31};

  private static final String[] AGE_CLASS = {"0-17", "18-29", "30-49", "50-64", "65+"};

  /** Invented inhabitants per demo area (the rest of the kommun is countryside). */
  private static final Map<String, Integer> PEOPLE = new LinkedHashMap<>();

  static {
    PEOPLE.put("Lysekil", 7400);
    PEOPLE.put("Brastad", 1750);
    PEOPLE.put("Lyse", 620);
    PEOPLE.put("Brodalen", 380);
    PEOPLE.put("Grundsund", 560);
    PEOPLE.put("Fiskebäckskil", 330);
    PEOPLE.put("Skaftö", 900);
  }

  private static final int KOMMUN = 14_300;

  private final Municipalities municipalities;
  private final Areas areas;
  private final Population population;
  private final ImportPopulation importPopulation;

  @Override
  public void run(ApplicationArguments args) {
    Tenant tenant = municipalities.byCode("1484").orElse(null);
    if (tenant == null || !population.years(tenant.id()).isEmpty()) {
      return;
    }
    MunicipalityId m = tenant.id();
    Map<UUID, String> codes = new LinkedHashMap<>();
    StringBuilder csv = new StringBuilder("region;ålder;kön;år;antal\n");
    rows(csv, "1484 Lysekil", KOMMUN);
    int n = 1;
    for (var entry : PEOPLE.entrySet()) {
      var area = areas.all(m).stream().filter(a -> a.name().equals(entry.getKey())).findFirst();
      if (area.isEmpty()) {
        continue;
      }
      String code = String.format("1484A%04d", n++ * 10);
      codes.put(area.map(Area::id).orElseThrow(), code);
      rows(csv, code + " " + entry.getKey(), entry.getValue());
    }
    importPopulation.assignAreaCodes(m, codes, null);
    importPopulation.importFile(
        m,
        new ImportPopulation.Upload(FILE, csv.toString().getBytes(StandardCharsets.UTF_8)),
        true,
        null);
  }

  private static void rows(StringBuilder csv, String region, int people) {
    for (int i = 0; i < AGE_CLASS.length; i++) {
      long band = Math.round(people * AGE_SHARE[i]);
      long men = Math.round(band * (i == 4 ? 0.46 : 0.51));
      csv.append(region)
          .append(';')
          .append(AGE_CLASS[i])
          .append(";män;2024;")
          .append(men)
          .append('\n');
      csv.append(region)
          .append(';')
          .append(AGE_CLASS[i])
          .append(";kvinnor;2024;")
          .append(band - men)
          .append('\n');
    }
  }
}
