package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInDelaysTest {

  final SignInDelays delays = new SignInDelays(4, Duration.ofSeconds(30), Duration.ofMinutes(15));

  @Test
  void theFreeFailuresCostNothing() {
    for (int failures = 0; failures <= 4; failures++) {
      assertThat(delays.after(failures)).isZero();
    }
  }

  @Test
  void eachFailureAfterTheFreeOnesDoublesTheWaitUpToTheMaximum() {
    assertThat(delays.after(5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(delays.after(6)).isEqualTo(Duration.ofMinutes(1));
    assertThat(delays.after(7)).isEqualTo(Duration.ofMinutes(2));
    assertThat(delays.after(9)).isEqualTo(Duration.ofMinutes(8));
    assertThat(delays.after(10)).isEqualTo(Duration.ofMinutes(15));
    assertThat(delays.after(1_000_000)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void onlyTheFirstDelayedFailureTellsTheHolder() {
    assertThat(delays.firstDelayed(4)).isFalse();
    assertThat(delays.firstDelayed(5)).isTrue();
    assertThat(delays.firstDelayed(6)).isFalse();
  }

  @Test
  void rejectsAMaximumBelowTheFirstDelay() {
    assertThatThrownBy(() -> new SignInDelays(4, Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
