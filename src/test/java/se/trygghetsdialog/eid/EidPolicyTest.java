package se.trygghetsdialog.eid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EidPolicyTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Test
  void acceptsAPersonnummerWithARealDateAndItsLuhnCheckDigit() {
    // 811218-9876 is Skatteverket's textbook example.
    assertThat(EidPolicy.birthDate("198112189876", TODAY)).isEqualTo(LocalDate.of(1981, 12, 18));
  }

  @Test
  void refusesAWrongCheckDigitAnImpossibleDateTenDigitsAndAFutureBirth() {
    assertThat(EidPolicy.birthDate("198112189877", TODAY)).isNull();
    assertThat(EidPolicy.birthDate("198113189876", TODAY)).isNull();
    assertThat(EidPolicy.birthDate("8112189876", TODAY)).isNull();
    assertThat(EidPolicy.birthDate("19811218-9876", TODAY)).isNull();
    assertThat(EidPolicy.birthDate("208112189876", TODAY)).isNull();
    assertThat(EidPolicy.birthDate(null, TODAY)).isNull();
  }

  @Test
  void refusesACoordinationNumber() {
    // day 18 + 60 = 78
    assertThat(EidPolicy.birthDate("198112789870", TODAY)).isNull();
  }

  @Test
  void acceptsLoa3AndHigherOnly() {
    assertThat(EidPolicy.acceptsAcr(EidPolicy.LOA3)).isTrue();
    assertThat(EidPolicy.acceptsAcr("http://id.elegnamnden.se/loa/1.0/loa4")).isTrue();
    assertThat(EidPolicy.acceptsAcr("http://id.elegnamnden.se/loa/1.0/loa2")).isFalse();
    assertThat(EidPolicy.acceptsAcr(null)).isFalse();
  }

  @Test
  void acceptsOnlyAPathOnThisSiteToReturnTo() {
    assertThat(EidPolicy.validReturnPath("/forslag/123")).isTrue();
    assertThat(EidPolicy.validReturnPath("//evil.example")).isFalse();
    assertThat(EidPolicy.validReturnPath("https://evil.example")).isFalse();
    assertThat(EidPolicy.validReturnPath("/\\evil.example")).isFalse();
  }

  @Test
  void isOffWithoutAnIssuerOrClientId() {
    assertThat(new EidProperties("", "", "", "", "", 0, true).configured()).isFalse();
    assertThat(new EidProperties("https://broker.example", "", "", "", "", 0, true).configured())
        .isFalse();
    assertThat(
            new EidProperties("https://broker.example", "client", "", "", "", 0, true).configured())
        .isTrue();
  }
}
