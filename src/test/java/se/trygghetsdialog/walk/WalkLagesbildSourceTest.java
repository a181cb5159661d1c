package se.trygghetsdialog.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.lagesbild.LagesbildFact;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/** Published walk protocols offered to part 2 of the statutory lägesbild: counts only. */
@IntegrationTest
class WalkLagesbildSourceTest {

  @Autowired WalkLagesbildSource source;
  @Autowired Walks walks;
  @Autowired Municipalities municipalities;

  @Test
  void pointsOfPublishedProtocolsAreCountedPerCategoryAndStatusWithoutText() {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    Walk completed =
        walks.all(municipality).stream()
            .filter(w -> w.title().contains("Södra hamnen och Kungstorget") && w.published())
            .findFirst()
            .orElseThrow();
    LocalDate day = completed.walkDate();

    List<LagesbildFact> facts = source.facts(municipality, day, day);

    assertThat(facts)
        .extracting(LagesbildFact::key)
        .containsExactly(
            WalkLagesbildSource.POINTS_BY_CATEGORY, WalkLagesbildSource.POINTS_BY_STATUS);
    long points = walks.publicProtocol(completed).size();
    assertThat(facts.get(1).rows().stream().mapToLong(LagesbildFact.Row::count).sum())
        .isGreaterThanOrEqualTo(points);
    assertThat(facts.get(1).rows()).extracting(LagesbildFact.Row::label).contains("Åtgärdad");
    assertThat(facts.get(0).rows())
        .allSatisfy(r -> assertThat(r.label()).matches(".+ \\((trygg|otrygg)\\)"));
    // The planned follow-up has no published protocol, and a year without walks has no facts.
    assertThat(source.facts(municipality, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31)))
        .isEmpty();
  }
}
