package se.trygghetsdialog.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReminderWindowTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2027, 3, 16, 19, 0, 0, 0, ZoneOffset.ofHours(1));
  private final ReminderWindow window = ReminderWindow.hoursBefore(48);

  @Test
  void aMeetingWithinTheHoursBeforeIsDue() {
    assertThat(window.due(NOW.plusHours(1), NOW)).isTrue();
    assertThat(window.due(NOW.plusHours(47), NOW)).isTrue();
    assertThat(window.due(NOW.plusHours(48), NOW)).isTrue();
  }

  @Test
  void aMeetingFurtherAheadWaitsForALaterRun() {
    assertThat(window.due(NOW.plusHours(48).plusMinutes(1), NOW)).isFalse();
    assertThat(window.due(NOW.plusDays(20), NOW)).isFalse();
  }

  @Test
  void aMeetingThatHasStartedGetsNoReminder() {
    assertThat(window.due(NOW, NOW)).isFalse();
    assertThat(window.due(NOW.minusMinutes(1), NOW)).isFalse();
    assertThat(window.due(NOW.minusDays(14), NOW)).isFalse();
  }

  @Test
  void theWindowComparesInstantsNotWallClockOffsets() {
    OffsetDateTime sameInstantInUtc = NOW.plusHours(2).withOffsetSameInstant(ZoneOffset.UTC);
    assertThat(window.due(sameInstantInUtc, NOW)).isTrue();
  }

  @Test
  void theWindowMustBePositive() {
    assertThatThrownBy(() -> new ReminderWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(window.until(NOW)).isEqualTo(NOW.plusHours(48));
  }
}
