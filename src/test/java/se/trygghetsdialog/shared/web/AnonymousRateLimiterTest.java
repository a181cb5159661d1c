package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;

class AnonymousRateLimiterTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }
  }

  final ManualClock clock = new ManualClock();
  final MockEnvironment environment = new MockEnvironment();
  final AnonymousRateLimiter limiter = new AnonymousRateLimiter(environment, clock);

  private static MockHttpServletRequest from(String address) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    return request;
  }

  @Nested
  class WithTheDefaultLimit {

    @Test
    void allowsTenRequestsPerHourAndRefusesTheEleventh() {
      for (int i = 0; i < 10; i++) {
        assertThat(limiter.tryAcquire(from("192.0.2.1"), "follow")).isTrue();
      }
      assertThat(limiter.tryAcquire(from("192.0.2.1"), "follow")).isFalse();
    }

    @Test
    void countsEachClientOnItsOwn() {
      for (int i = 0; i < 10; i++) {
        limiter.tryAcquire(from("192.0.2.1"), "follow");
      }
      assertThat(limiter.tryAcquire(from("192.0.2.2"), "follow")).isTrue();
    }

    @Test
    void countsEachActionOnItsOwn() {
      for (int i = 0; i < 10; i++) {
        limiter.tryAcquire(from("192.0.2.1"), "follow");
      }
      assertThat(limiter.tryAcquire(from("192.0.2.1"), "report-place")).isTrue();
    }

    @Test
    void allowsAgainOnceTheOldestRequestLeavesTheSlidingWindow() {
      for (int i = 0; i < 10; i++) {
        limiter.tryAcquire(from("192.0.2.1"), "follow");
        clock.advance(Duration.ofMinutes(5));
      }
      assertThat(limiter.tryAcquire(from("192.0.2.1"), "follow")).isFalse();
      clock.advance(Duration.ofMinutes(11));
      assertThat(limiter.tryAcquire(from("192.0.2.1"), "follow")).isTrue();
      assertThat(limiter.tryAcquire(from("192.0.2.1"), "follow")).isFalse();
    }
  }

  @Test
  void takesTheLimitOfAnActionFromConfiguration() {
    environment.setProperty("app.rate-limit.report-place.max-requests", "2");
    environment.setProperty("app.rate-limit.report-place.window", "10m");
    assertThat(limiter.tryAcquire(from("192.0.2.1"), "report-place")).isTrue();
    assertThat(limiter.tryAcquire(from("192.0.2.1"), "report-place")).isTrue();
    assertThat(limiter.tryAcquire(from("192.0.2.1"), "report-place")).isFalse();
    clock.advance(Duration.ofMinutes(10));
    assertThat(limiter.tryAcquire(from("192.0.2.1"), "report-place")).isTrue();
  }

  @Test
  void forgetsEveryCountWhenTheDailySaltChanges() {
    for (int i = 0; i < 10; i++) {
      limiter.tryAcquire(from("192.0.2.1"), "follow");
    }
    clock.advance(Duration.ofHours(24));
    assertThat(limiter.trackedClients()).isEqualTo(1);
    assertThat(limiter.tryAcquire(from("192.0.2.1"), "follow")).isTrue();
    assertThat(limiter.trackedClients()).isEqualTo(1);
  }

  @Test
  void neverKeepsTheClientAddressInItsKeys() throws Exception {
    limiter.tryAcquire(from("192.0.2.77"), "follow");
    var field = AnonymousRateLimiter.class.getDeclaredField("hits");
    field.setAccessible(true);
    var keys = ((java.util.Map<?, ?>) field.get(limiter)).keySet();
    assertThat(keys).hasSize(1);
    assertThat(keys.iterator().next().toString())
        .doesNotContain("192.0.2.77")
        .matches("follow:[0-9a-f]{64}");
  }

  @Test
  void remembersWhatAClientDidOnceToday() {
    assertThat(limiter.firstToday(from("192.0.2.1"), "agree/1")).isTrue();
    assertThat(limiter.firstToday(from("192.0.2.1"), "agree/1")).isFalse();
    assertThat(limiter.firstToday(from("192.0.2.2"), "agree/1")).isTrue();
    clock.advance(Duration.ofDays(1));
    assertThat(limiter.firstToday(from("192.0.2.1"), "agree/1")).isTrue();
  }
}
