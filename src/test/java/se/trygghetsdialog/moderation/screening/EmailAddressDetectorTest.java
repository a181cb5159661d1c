package se.trygghetsdialog.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsdialog.moderation.screening.DetectorAssertions.spans;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressDetectorTest {

  private final EmailAddressDetector detector = new EmailAddressDetector();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "anna.karlsson@gmail.com",
        "jonte_97@live.se",
        "åsa.öberg@bredband.net",
        "styrelsen@brf-havsutsikten.se",
        "MATS.B@GMAIL.COM",
        "ms.svensson(at)gmail.com",
        "lisa [at] bahnhof.se",
        "gubbenilyse snabel-a gmail punkt com"
      })
  void findsAddressesAndCommonObfuscations(String address) {
    assertThat(spans(detector, "Mejla " + address + ". Tack!")).containsExactly(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "anna.lind(a)gmail.com",
        "kalle_b [at] hotmail [punkt] com",
        "farid.h at gmail dot com",
        "maria.svensson @ telia.com",
        "jonas (at) lysekilsbostader (punkt) se",
        "lena.n at outlook.com",
        "ahmed92 (snabel-a) yahoo.se",
        "peter punkt olsson at hotmail punkt se",
        "sara.b[at]live[dot]se",
        "eva.k @ gmail . com",
        "nisse {at} spray.se",
        "lotta.berg (@) icloud.com",
        "omar.k@gmail",
        "henrik . larsson @ telia . com"
      })
  void findsAddressesWrittenWithWordsBracketsOrSpaces(String address) {
    assertThat(spans(detector, "Skriv till " + address + " så svarar jag."))
        .containsExactly(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Vi ses at noon, skrev den engelska turisten.",
        "Punkt ett på mötet var belysningen, punkt två skräpet.",
        "Alternativ (a) är bättre än alternativ (b) tycker jag.",
        "Hon stod at the bus stop, sa han på engelska."
      })
  void ignoresTheWordsAtAndDotInOrdinaryText(String text) {
    assertThat(spans(detector, text)).isEmpty();
  }

  @Test
  void leavesTheSentenceFullStopOutsideTheAddress() {
    assertThat(spans(detector, "Min e-post är kalle123@hotmail.se."))
        .containsExactly("kalle123@hotmail.se");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Följ oss på Instagram @trygglysekil.",
        "Vi träffas @ torget kl 18.",
        "Läs mer på lysekil.se/trygghet.",
        "Skriv till kommunen via e-tjänsten."
      })
  void ignoresHandlesAndWebAddresses(String text) {
    assertThat(spans(detector, text)).isEmpty();
  }
}
