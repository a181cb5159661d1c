package se.trygghetsdialog.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

  static final Locale SV = Locale.forLanguageTag("sv-SE");
  final SmallCells cells = new SmallCells(5);

  @Test
  void aCountBelowTheThresholdIsShownAsBelowAndNeverAsTheNumber() {
    for (int n = 1; n < 5; n++) {
      assertThat(cells.count(n, SV)).isEqualTo("< 5");
      assertThat(cells.suppressed(n)).isTrue();
    }
  }

  @Test
  void zeroAndCountsFromTheThresholdAreShown() {
    assertThat(cells.count(0, SV)).isEqualTo("0");
    assertThat(cells.count(5, SV)).isEqualTo("5");
    assertThat(cells.count(12, SV)).isEqualTo("12");
  }

  @Test
  void aRateFromASuppressedCountIsSuppressedToo() {
    assertThat(cells.rate(3, 1000, SV)).isEqualTo("< 5");
    assertThat(cells.rate(10, 1000, Locale.ENGLISH)).isEqualTo("1.00 %");
    assertThat(cells.rate(0, 1000, Locale.ENGLISH)).isEqualTo("0.00 %");
    assertThat(cells.rate(10, 0, SV)).isEmpty();
  }

  @Test
  void theThresholdIsTheMunicipalitysChoiceWithinLimits() {
    assertThat(new SmallCells(10).count(9, SV)).isEqualTo("< 10");
    assertThatThrownBy(() -> new SmallCells(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SmallCells(101)).isInstanceOf(IllegalArgumentException.class);
  }
}
