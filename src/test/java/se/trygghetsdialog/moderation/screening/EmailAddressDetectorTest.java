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
