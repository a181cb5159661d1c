package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormTimerTest {

  final FormTimer timer = new FormTimer();
  final Instant shown = Instant.parse("2026-11-27T12:00:00Z");

  @Test
  void acceptsAFormSentAfterThreeSeconds() {
    assertThat(timer.acceptable(timer.issue(shown), shown.plusSeconds(3))).isTrue();
  }

  @Test
  void refusesAFormSentFasterThanAPersonCanFillIt() {
    assertThat(timer.acceptable(timer.issue(shown), shown.plusMillis(2999))).isFalse();
  }

  @Test
  void refusesForgedMissingAndOtherBootsStamps() {
    String stamp = timer.issue(shown);
    String forged = (shown.toEpochMilli() - 60_000) + stamp.substring(stamp.indexOf('.'));
    assertThat(timer.acceptable(forged, shown.plusSeconds(10))).isFalse();
    assertThat(timer.acceptable(null, shown.plusSeconds(10))).isFalse();
    assertThat(timer.acceptable("garbage", shown.plusSeconds(10))).isFalse();
    assertThat(new FormTimer().acceptable(stamp, shown.plusSeconds(10))).isFalse();
  }

  @Test
  void refusesAFormOpenForMoreThanTwelveHours() {
    assertThat(timer.acceptable(timer.issue(shown), shown.plusSeconds(12 * 3600 + 1))).isFalse();
  }
}
