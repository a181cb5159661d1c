package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportRateLimiterTest {

  final Instant now = Instant.parse("2026-11-27T12:00:00Z");

  @Test
  void letsAClientSubmitUpToTheLimitPerHour() {
    ReportRateLimiter limiter = new ReportRateLimiter(3);
    assertThat(limiter.tryAcquire("10.0.0.1", now)).isTrue();
    assertThat(limiter.tryAcquire("10.0.0.1", now)).isTrue();
    assertThat(limiter.tryAcquire("10.0.0.1", now)).isTrue();
    assertThat(limiter.tryAcquire("10.0.0.1", now)).isFalse();
    assertThat(limiter.tryAcquire("10.0.0.2", now)).isTrue();
    assertThat(limiter.tryAcquire("10.0.0.1", now.plusSeconds(3601))).isTrue();
  }

  @Test
  void keysClientsByASaltedHashThatChangesEveryDay() {
    ReportRateLimiter limiter = new ReportRateLimiter(3);
    String today = limiter.key("10.0.0.1", now);
    assertThat(today).doesNotContain("10.0.0.1").hasSize(64);
    assertThat(limiter.key("10.0.0.1", now.plusSeconds(60))).isEqualTo(today);
    assertThat(limiter.key("10.0.0.1", now.plusSeconds(86_400))).isNotEqualTo(today);
    assertThat(new ReportRateLimiter(3).key("10.0.0.1", now)).isNotEqualTo(today);
  }

  @Test
  void remembersWhatAClientDidOnceToday() {
    ReportRateLimiter limiter = new ReportRateLimiter(3);
    assertThat(limiter.firstTime("10.0.0.1", "agree/1", now)).isTrue();
    assertThat(limiter.firstTime("10.0.0.1", "agree/1", now)).isFalse();
    assertThat(limiter.firstTime("10.0.0.2", "agree/1", now)).isTrue();
    assertThat(limiter.firstTime("10.0.0.1", "agree/1", now.plusSeconds(86_400))).isTrue();
  }
}
