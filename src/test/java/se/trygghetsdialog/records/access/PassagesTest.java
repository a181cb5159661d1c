package se.trygghetsdialog.records.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;

class PassagesTest {

  static final SecrecyGround SOCIAL =
      new SecrecyGround(UUID.randomUUID(), 26, 1, "Soc", false, true);
  static final SecrecyGround ADDRESS =
      new SecrecyGround(UUID.randomUUID(), 21, 3, "Adr", false, true);

  static Redaction mark(int start, int end, SecrecyGround ground) {
    return new Redaction(UUID.randomUUID(), RecordKind.PLACE_REPORT, "x", start, end, ground);
  }

  static String marker(String grounds) {
    return "[sekretess: " + grounds + "]";
  }

  @Test
  void aTextIsCutIntoItsSentences() {
    List<Passages.Passage> passages =
        Passages.of("Lampan är trasig. Jag bor på Storgatan 3. Det är mörkt!", List.of());
    assertThat(passages)
        .extracting(p -> p.text().strip())
        .containsExactly("Lampan är trasig.", "Jag bor på Storgatan 3.", "Det är mörkt!");
  }

  @Test
  void aWithheldSentenceIsReplacedByItsGroundAndIsGoneFromTheCopy() {
    String text = "Lampan är trasig. Jag bor på Storgatan 3. Det är mörkt!";
    Passages.Passage second = Passages.of(text, List.of()).get(1);
    String copy =
        Passages.redacted(
            text, List.of(mark(second.start(), second.end(), ADDRESS)), PassagesTest::marker);
    assertThat(copy)
        .isEqualTo("Lampan är trasig. [sekretess: OSL 21 kap. 3 §] Det är mörkt!")
        .doesNotContain("Storgatan");
    assertThat(Passages.of(text, List.of(mark(second.start(), second.end(), ADDRESS))))
        .extracting(Passages.Passage::withheld)
        .containsExactly(false, true, false);
  }

  @Test
  void overlappingMarksBecomeOneReplacementNamingEveryGround() {
    String text = "Ett två tre fyra fem sex.";
    String copy =
        Passages.redacted(
            text, List.of(mark(4, 11, SOCIAL), mark(8, 16, ADDRESS)), PassagesTest::marker);
    assertThat(copy).isEqualTo("Ett [sekretess: OSL 26 kap. 1 §, OSL 21 kap. 3 §] fem sex.");
  }

  @Test
  void aRequestOpenOverAWeekendIsOverdueOnlyAfterTheNextWorkingDay() {
    // Friday 4 December 2026, 10:00 in Stockholm.
    OffsetDateTime friday =
        java.time.ZonedDateTime.of(2026, 12, 4, 10, 0, 0, 0, AccessRequest.ZONE).toOffsetDateTime();
    AccessRequest request =
        new AccessRequest(
            UUID.randomUUID(),
            new MunicipalityId(UUID.randomUUID()),
            1,
            friday,
            "",
            "Allt om gatubelysning",
            AccessChannel.EMAIL,
            friday,
            null,
            "",
            null,
            null);
    assertThat(request.overdue(friday.plusDays(3).minusMinutes(1))).isFalse();
    assertThat(request.overdue(friday.plusDays(3).plusMinutes(1))).isTrue();
    assertThat(request.elapsed(friday.plusHours(5)).toHours()).isEqualTo(5);
  }
}
