package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import se.trygghetsdialog.shared.db.RateLimitCounts;

/**
 * Limits how often one client may do an anonymous action (follow a dialogue, report a place, …): at
 * most {@code max-requests} within a sliding {@code window}, configured per action as {@code
 * app.rate-limit.<action>.max-requests} and {@code app.rate-limit.<action>.window} (default 10 per
 * hour), read once per action on its first use. Over the limit the caller answers 429.
 *
 * <p>The counts are in PostgreSQL (table {@code rate_limit}), so every application node sharing the
 * database enforces the same limit: one check is one atomic upsert of the row of (action, client).
 * The client's address is never stored: the key is a SHA-256 of the address with a random salt that
 * is replaced every day. The day's salt is in the table {@code rate_limit_salt}, so all nodes
 * compute the same key; a salt is deleted after its day, so yesterday's keys cannot be linked to
 * today's or reversed. The job {@code rate-limit-cleanup} deletes expired counts and old salts.
 */
@Component
public class AnonymousRateLimiter {

  static final int DEFAULT_MAX_REQUESTS = 10;
  static final Duration DEFAULT_WINDOW = Duration.ofHours(1);

  private final Environment environment;
  private final RateLimitCounts counts;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Limit> limits = new ConcurrentHashMap<>();
  private LocalDate saltDay = LocalDate.MIN;
  private byte[] salt = new byte[0];

  @Autowired
  AnonymousRateLimiter(Environment environment, RateLimitCounts counts) {
    this(environment, counts, Clock.systemUTC());
  }

  AnonymousRateLimiter(Environment environment, RateLimitCounts counts, Clock clock) {
    this.environment = environment;
    this.counts = counts;
    this.clock = clock;
  }

  /**
   * Counts one attempt of {@code action} by the request's client.
   *
   * @return true if the attempt is within the limit; false if the client must wait (answer 429)
   */
  public boolean tryAcquire(HttpServletRequest request, String action) {
    return tryAcquire(request.getRemoteAddr(), action);
  }

  /**
   * Counts one attempt of {@code action} by the request's client and refuses it with 429 (too many
   * requests) when the client must wait.
   */
  public void require(HttpServletRequest request, String action) {
    if (!tryAcquire(request, action)) {
      throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
    }
  }

  boolean tryAcquire(String clientAddress, String action) {
    Limit limit = limits.computeIfAbsent(action, this::configured);
    return count(clientAddress, action, limit.maxRequests(), limit.window());
  }

  /** An action's limit as configured. */
  private record Limit(int maxRequests, Duration window) {}

  /**
   * The action's limit from the configuration, read on its first use and kept: looking the two
   * properties up through every property source was about a third of the limiter's time on a vote.
   */
  private Limit configured(String action) {
    int maxRequests =
        environment.getProperty(
            "app.rate-limit." + action + ".max-requests", Integer.class, DEFAULT_MAX_REQUESTS);
    String configuredWindow = environment.getProperty("app.rate-limit." + action + ".window");
    Duration window =
        configuredWindow == null ? DEFAULT_WINDOW : DurationStyle.detectAndParse(configuredWindow);
    return new Limit(maxRequests, window);
  }

  /**
   * Whether the request's client does this to this subject for the first time today (for example
   * agreeing with a report); remembered under the same daily-salted key, forgotten with the salt.
   */
  public boolean firstToday(HttpServletRequest request, String subject) {
    return firstToday(request.getRemoteAddr(), subject);
  }

  boolean firstToday(String clientAddress, String subject) {
    return count(clientAddress, "first-today:" + subject, 1, Duration.ofDays(1));
  }

  private boolean count(String clientAddress, String action, int maxRequests, Duration window) {
    if (maxRequests <= 0) {
      return false;
    }
    Instant now = clock.instant();
    return counts.count(action, pseudonym(clientAddress, now), maxRequests, window, now);
  }

  /** Deletes the counts whose window has passed and the salts of past days. */
  @Scheduled(fixedDelayString = "${app.rate-limit.cleanup-interval:15m}", initialDelayString = "1m")
  @SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "10m")
  void deleteExpired() {
    Instant now = clock.instant();
    counts.deleteExpired(now, LocalDate.ofInstant(now, Ui.ZONE));
  }

  /** The salted hash of the address with the salt of the day, shared by all nodes. */
  private String pseudonym(String clientAddress, Instant now) {
    byte[] daySalt = salt(LocalDate.ofInstant(now, Ui.ZONE));
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(daySalt);
      digest.update(clientAddress.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The day's salt: the one a node stored first, else a new random one (once a day per node). */
  private synchronized byte[] salt(LocalDate today) {
    if (!today.equals(saltDay)) {
      byte[] fresh = new byte[32];
      random.nextBytes(fresh);
      salt = counts.salt(today, fresh);
      saltDay = today;
    }
    return salt;
  }
}
