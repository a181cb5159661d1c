package se.trygghetsdialog.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.survey.results.RoundResults.QuestionResults;

class CellSuppressionTest {

  /** A 2 × 2 table with margins: a b | a+b ; c d | c+d ; a+c b+d | all. */
  private static CellSuppression table(long a, long b, long c, long d) {
    CellSuppression t = new CellSuppression();
    t.cell("a", a).cell("b", b).cell("c", c).cell("d", d);
    t.cell("r1", a + b).cell("r2", c + d).cell("c1", a + c).cell("c2", b + d);
    t.cell("all", a + b + c + d);
    t.sum("r1", List.of("a", "b")).sum("r2", List.of("c", "d"));
    t.sum("c1", List.of("a", "c")).sum("c2", List.of("b", "d"));
    t.sum("all", List.of("r1", "r2")).sum("all", List.of("c1", "c2"));
    return t;
  }

  @Test
  void aSmallCellIsHiddenWithOneInItsRowAndOneInItsColumnAndTheFourthCorner() {
    // a = 3 is primary; its row needs b, its column needs c, and then d closes both.
    assertThat(table(3, 10, 20, 30).suppressed(5)).containsExactlyInAnyOrder("a", "b", "c", "d");
  }

  @Test
  void aSmallRowHidesItsTotalsTooWhenNothingElseCouldPair() {
    // a = 1 and b = 2 are primary; r1 = 3 too; column lines need c and d; then r2 and c's
    // partners follow until every sum has none or two hidden.
    var hidden = table(1, 2, 20, 30).suppressed(5);
    assertThat(hidden).contains("a", "b", "r1");
    assertThat(hidden).doesNotContain("all");
  }

  @Test
  void zeroIsShownAndNothingIsHiddenWithoutASmallCount() {
    assertThat(table(0, 10, 20, 30).suppressed(5)).isEmpty();
  }

  @Test
  void noSumIsLeftWithExactlyOneHiddenCount() {
    qt().withExamples(1_000)
        .forAll(
            longs().between(0, 12),
            longs().between(0, 12),
            longs().between(0, 12),
            longs().between(0, 12))
        .checkAssert(
            (a, b, c, d) -> {
              CellSuppression t = table(a, b, c, d);
              var hidden = t.suppressed(5);
              for (List<String> sum : t.sums()) {
                assertThat(sum.stream().filter(hidden::contains).count()).isNotEqualTo(1);
              }
            });
  }

  @Test
  void theDifferenceAttackRevealsNothingInAnyTableOfARandomRound() {
    qt().withExamples(150)
        .forAll(integers().between(1, 120), longs().all())
        .checkAssert(
            (count, seed) -> {
              var round =
                  SurveyResponsesMother.round(
                      List.of(
                          SurveyResponsesMother.ntu(),
                          SurveyResponsesMother.likert("skadegorelse"),
                          SurveyResponsesMother.multiple(),
                          SurveyResponsesMother.number()));
              RoundResults results =
                  ResultsComputation.compute(
                      round,
                      Tally.of(SurveyResponsesMother.random(round, count, seed)),
                      5,
                      java.util.Map.of(),
                      null,
                      code -> code);
              for (QuestionResults q : results.questions()) {
                assertThat(DifferenceAttack.revealed(q)).as(q.question().code()).isEmpty();
                q.breakdowns()
                    .forEach(
                        t ->
                            t.rows()
                                .forEach(
                                    r ->
                                        r.cells()
                                            .forEach(
                                                cell ->
                                                    assertThat(
                                                            cell.value() > 0
                                                                && cell.value() < 5
                                                                && !cell.suppressed())
                                                        .isFalse())));
              }
            });
  }
}
