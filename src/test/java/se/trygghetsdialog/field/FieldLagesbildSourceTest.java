package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.lagesbild.LagesbildFact;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.tenancy.Municipalities;

/** Field work offered to part 2 of the statutory lägesbild: counts only. */
@IntegrationTest
class FieldLagesbildSourceTest {

  @Autowired FieldLagesbildSource source;
  @Autowired FileFieldReport fileFieldReport;
  @Autowired StaffAccounts accounts;
  @Autowired Municipalities municipalities;
  @Autowired PlaceCategories categories;

  @Test
  void eventsAreCountedPerCategoryAndAreaWithoutAnyFreeText() {
    MunicipalityId municipality = municipalities.resolve("localhost").id();
    var category =
        categories.all(municipality).stream()
            .filter(c -> c.code().equals("GATHERING"))
            .findFirst()
            .orElseThrow();
    var reporter =
        accounts.createWithPassword(
            municipality,
            "lagesbild-" + UUID.randomUUID() + "@lysekil.example",
            "Rapportör Lägesbild",
            Set.of(Role.FIELD_REPORTER),
            null,
            "Trygghet2026!");
    LocalDate today = LocalDate.now(FieldPolicy.ZONE);
    long before = count(source.facts(municipality, today.minusDays(7), today), category.name(sv()));
    OffsetDateTime start = OffsetDateTime.now().minusHours(2);
    String secret = "Unik beskrivning " + UUID.randomUUID();
    fileFieldReport.file(
        municipality,
        reporter.id(),
        new FileFieldReport.Input(
            UUID.randomUUID(),
            ReporterKind.TRYGGHETSVARD,
            List.of(
                new FileFieldReport.EventInput(
                    category.id(),
                    new Coordinates(58.2745, 11.4355),
                    "",
                    start,
                    start.plusMinutes(15),
                    6,
                    false,
                    secret,
                    "Pratade med gruppen.",
                    false))));

    List<LagesbildFact> facts = source.facts(municipality, today.minusDays(7), today);

    assertThat(count(facts, category.name(sv()))).isEqualTo(before + 1);
    assertThat(facts)
        .extracting(LagesbildFact::key)
        .contains(FieldLagesbildSource.EVENTS_BY_CATEGORY, FieldLagesbildSource.EVENTS_BY_AREA);
    assertThat(facts.toString()).doesNotContain(secret).doesNotContain("Rapportör Lägesbild");
    assertThat(source.facts(municipality, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31)))
        .isEmpty();
  }

  private static java.util.Locale sv() {
    return java.util.Locale.forLanguageTag("sv");
  }

  private static long count(List<LagesbildFact> facts, String label) {
    return facts.stream()
        .filter(f -> f.key().equals(FieldLagesbildSource.EVENTS_BY_CATEGORY))
        .flatMap(f -> f.rows().stream())
        .filter(r -> r.label().equals(label))
        .mapToLong(LagesbildFact.Row::count)
        .sum();
  }
}
