package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import se.trygghetsdialog.shared.db.RateLimitCounts;
import se.trygghetsdialog.support.IntegrationTest;

@IntegrationTest
class AnonymousRateLimiterTest {

  /**
   * A clock the test moves by hand. It starts at noon (Stockholm) of today, so the hours a test
   * moves it stay within one day: at midnight the day's new salt starts a new count, which would
   * make a test of the window pass or fail by the hour it runs at.
   */
  static final class ManualClock extends Clock {
    Instant now =
        java.time.LocalDate.ofInstant(Instant.now(), Ui.ZONE)
            .atTime(12, 0)
            .atZone(Ui.ZONE)
            .toInstant();

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

  @Autowired DataSource dataSource;

  final ManualClock clock = new ManualClock();
  final MockEnvironment environment = new MockEnvironment();

  /** Actions of this test only: the table is shared by every test of the run. */
  final String follow = "follow-" + UUID.randomUUID();

  final String reportPlace = "report-place-" + UUID.randomUUID();

  /** One application node: a limiter of its own on the shared database. */
  AnonymousRateLimiter node() {
    return new AnonymousRateLimiter(environment, new RateLimitCounts(dataSource), clock);
  }

  private static MockHttpServletRequest from(String address) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    return request;
  }

  private List<String> keysOf(String action) {
    return JdbcClient.create(dataSource)
        .sql("SELECT client_key FROM rate_limit WHERE action = ?")
        .param(action)
        .query(String.class)
        .list();
  }

  @Nested
  class WithTheDefaultLimit {

    final AnonymousRateLimiter limiter = node();

    @Test
    void allowsTenRequestsPerHourAndRefusesTheEleventh() {
      for (int i = 0; i < 10; i++) {
        assertThat(limiter.tryAcquire(from("192.0.2.1"), follow)).isTrue();
      }
      assertThat(limiter.tryAcquire(from("192.0.2.1"), follow)).isFalse();
    }

    @Test
    void countsEachClientOnItsOwn() {
      for (int i = 0; i < 10; i++) {
        limiter.tryAcquire(from("192.0.2.1"), follow);
      }
      assertThat(limiter.tryAcquire(from("192.0.2.2"), follow)).isTrue();
    }

    @Test
    void countsEachActionOnItsOwn() {
      for (int i = 0; i < 10; i++) {
        limiter.tryAcquire(from("192.0.2.1"), follow);
      }
      assertThat(limiter.tryAcquire(from("192.0.2.1"), reportPlace)).isTrue();
    }

    @Test
    void allowsAgainOnceTheOldestRequestLeavesTheSlidingWindow() {
      for (int i = 0; i < 10; i++) {
        limiter.tryAcquire(from("192.0.2.1"), follow);
        clock.advance(Duration.ofMinutes(5));
      }
      assertThat(limiter.tryAcquire(from("192.0.2.1"), follow)).isFalse();
      clock.advance(Duration.ofMinutes(11));
      assertThat(limiter.tryAcquire(from("192.0.2.1"), follow)).isTrue();
      assertThat(limiter.tryAcquire(from("192.0.2.1"), follow)).isFalse();
    }
  }

  @Nested
  class OnSeveralNodes {

    @Test
    void twoNodesTogetherRefuseTheRequestPastTheLimit() {
      AnonymousRateLimiter first = node();
      AnonymousRateLimiter second = node();
      for (int i = 0; i < 5; i++) {
        assertThat(first.tryAcquire(from("192.0.2.9"), follow)).isTrue();
        assertThat(second.tryAcquire(from("192.0.2.9"), follow)).isTrue();
      }
      assertThat(first.tryAcquire(from("192.0.2.9"), follow)).isFalse();
      assertThat(second.tryAcquire(from("192.0.2.9"), follow)).isFalse();
      assertThat(keysOf(follow)).hasSize(1);
    }

    @Test
    void acceptExactlyTheLimitWhenAttemptsArriveAtOnce() throws Exception {
      List<AnonymousRateLimiter> nodes = List.of(node(), node());
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<Boolean>> attempts =
            java.util.stream.IntStream.range(0, 30)
                .mapToObj(
                    i ->
                        (Callable<Boolean>) () -> nodes.get(i % 2).tryAcquire("192.0.2.10", follow))
                .toList();
        long accepted = 0;
        for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
          accepted += attempt.get() ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(AnonymousRateLimiter.DEFAULT_MAX_REQUESTS);
      } finally {
        pool.shutdown();
      }
    }

    @Test
    void agreeOnWhatAClientDidOnceToday() {
      String subject = "agree/" + UUID.randomUUID();
      assertThat(node().firstToday(from("192.0.2.11"), subject)).isTrue();
      assertThat(node().firstToday(from("192.0.2.11"), subject)).isFalse();
    }
  }

  @Test
  void takesTheLimitOfAnActionFromConfiguration() {
    AnonymousRateLimiter limiter = node();
    environment.setProperty("app.rate-limit." + reportPlace + ".max-requests", "2");
    environment.setProperty("app.rate-limit." + reportPlace + ".window", "10m");
    assertThat(limiter.tryAcquire(from("192.0.2.1"), reportPlace)).isTrue();
    assertThat(limiter.tryAcquire(from("192.0.2.1"), reportPlace)).isTrue();
    assertThat(limiter.tryAcquire(from("192.0.2.1"), reportPlace)).isFalse();
    clock.advance(Duration.ofMinutes(10));
    assertThat(limiter.tryAcquire(from("192.0.2.1"), reportPlace)).isTrue();
  }

  @Test
  void readsAnActionsLimitOnceOnItsFirstUse() {
    AnonymousRateLimiter limiter = node();
    environment.setProperty("app.rate-limit." + reportPlace + ".max-requests", "1");
    assertThat(limiter.tryAcquire(from("192.0.2.2"), reportPlace)).isTrue();
    // The configuration is fixed at start; the limiter does not look it up on every request.
    environment.setProperty("app.rate-limit." + reportPlace + ".max-requests", "5");
    assertThat(limiter.tryAcquire(from("192.0.2.2"), reportPlace)).isFalse();
  }

  @Test
  void forgetsEveryCountWhenTheDailySaltChanges() {
    AnonymousRateLimiter limiter = node();
    for (int i = 0; i < 10; i++) {
      limiter.tryAcquire(from("192.0.2.1"), follow);
    }
    clock.advance(Duration.ofHours(24));
    assertThat(limiter.tryAcquire(from("192.0.2.1"), follow)).isTrue();
    assertThat(keysOf(follow)).hasSize(2);
  }

  @Test
  void deletesExpiredCountsAndThePastDaysSalts() {
    AnonymousRateLimiter limiter = node();
    limiter.tryAcquire(from("192.0.2.1"), follow);
    clock.advance(Duration.ofHours(49));
    limiter.deleteExpired();
    assertThat(keysOf(follow)).isEmpty();
    assertThat(
            JdbcClient.create(dataSource)
                .sql("SELECT count(*) FROM rate_limit_salt WHERE day < ?")
                .param(java.time.LocalDate.ofInstant(clock.instant(), Ui.ZONE))
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aClientsRowHoldsOneWindowOfSlotsHoweverHighTheLimit() {
    // 150 minutes from noon (the clock's start) stay within the day: a new salt starts a new row.
    environment.setProperty("app.rate-limit." + follow + ".max-requests", "1000000");
    AnonymousRateLimiter limiter = node();
    for (int i = 0; i < 300; i++) {
      assertThat(limiter.tryAcquire(from("192.0.2.12"), follow)).isTrue();
      clock.advance(Duration.ofSeconds(30));
    }
    int slots =
        JdbcClient.create(dataSource)
            .sql("SELECT count(*) FROM rate_limit r, jsonb_object_keys(r.hits) WHERE action = ?")
            .param(follow)
            .query(Integer.class)
            .single();
    assertThat(slots).isBetween(1, RateLimitCounts.SLOTS_PER_WINDOW + 1);
  }

  @Test
  void neverKeepsTheClientAddressInItsKeys() {
    node().tryAcquire(from("192.0.2.77"), follow);
    List<String> keys = keysOf(follow);
    assertThat(keys).hasSize(1);
    assertThat(keys.get(0)).doesNotContain("192.0.2.77").matches("[0-9a-f]{64}");
  }

  @Test
  void remembersWhatAClientDidOnceToday() {
    AnonymousRateLimiter limiter = node();
    String subject = "agree/" + UUID.randomUUID();
    assertThat(limiter.firstToday(from("192.0.2.1"), subject)).isTrue();
    assertThat(limiter.firstToday(from("192.0.2.1"), subject)).isFalse();
    assertThat(limiter.firstToday(from("192.0.2.2"), subject)).isTrue();
    clock.advance(Duration.ofDays(1));
    assertThat(limiter.firstToday(from("192.0.2.1"), subject)).isTrue();
  }
}
