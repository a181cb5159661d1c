package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.shared.ServerSecret;

class FormTimerTest {

  final Set<String> used = new HashSet<>();
  final FormTimer timer = timer("this installation's secret, 32 characters or more");
  final Instant shown = Instant.parse("2026-11-27T12:00:00Z");

  FormTimer timer(String secret) {
    return new FormTimer(ServerSecret.of(secret), (nonce, expires) -> used.add(nonce));
  }

  @Test
  void acceptsAFormSentAfterThreeSeconds() {
    assertThat(timer.acceptable(timer.issue(shown), shown.plusSeconds(3))).isTrue();
  }

  @Test
  void refusesAFormSentFasterThanAPersonCanFillIt() {
    assertThat(timer.acceptable(timer.issue(shown), shown.plusMillis(2999))).isFalse();
  }

  @Test
  void refusesForgedMissingAndOtherInstallationsStamps() {
    String stamp = timer.issue(shown);
    String forged = (shown.toEpochMilli() - 60_000) + stamp.substring(stamp.indexOf('.'));
    assertThat(timer.acceptable(forged, shown.plusSeconds(10))).isFalse();
    assertThat(timer.acceptable(null, shown.plusSeconds(10))).isFalse();
    assertThat(timer.acceptable("garbage", shown.plusSeconds(10))).isFalse();
    assertThat(
            timer("another installation's secret, also long")
                .acceptable(stamp, shown.plusSeconds(10)))
        .isFalse();
  }

  @Test
  void refusesAFormOpenForMoreThanTwelveHours() {
    assertThat(timer.acceptable(timer.issue(shown), shown.plusSeconds(12 * 3600 + 1))).isFalse();
  }

  @Test
  void acceptsAStampOnlyOnce() {
    String stamp = timer.issue(shown);
    assertThat(timer.acceptable(stamp, shown.plusSeconds(10))).isTrue();
    assertThat(timer.acceptable(stamp, shown.plusSeconds(20))).isFalse();
  }

  @Test
  void refusesAStampIssuedForAnotherForm() {
    String stamp = timer.issue("walk-registration:/trygghetsvandringar", shown);
    assertThat(timer.acceptable(stamp, shown.plusSeconds(10))).isFalse();
  }

  @Test
  void aFormShownAgainKeepsTheTimeItWasFirstShownWithAFreshStamp() {
    String first = timer.issue(shown);
    assertThat(timer.acceptable(first, shown.plusSeconds(10))).isTrue();
    String again = timer.reissue(first, shown.plusSeconds(11));
    assertThat(again).isNotEqualTo(first);
    assertThat(timer.acceptable(again, shown.plusSeconds(12))).isTrue();
    // A stamp that is not genuine starts the clock now.
    String fresh = timer.reissue("1.forged.stamp", shown.plusSeconds(20));
    assertThat(timer.acceptable(fresh, shown.plusSeconds(21))).isFalse();
  }
}
