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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Limits how often one client may do an anonymous action (follow a dialogue, report a place, …): at
 * most {@code max-requests} within a sliding {@code window}, configured per action as {@code
 * app.rate-limit.<action>.max-requests} and {@code app.rate-limit.<action>.window} (default 10 per
 * hour). Over the limit the caller answers 429.
 *
 * <p>The client's address is never stored: the key is a SHA-256 of the address with a random salt
 * that is replaced every day, so yesterday's keys cannot be linked to today's or reversed. The
 * counts live in memory of one node; with several nodes each enforces its own share.
 */
@Component
public class AnonymousRateLimiter {

  static final int DEFAULT_MAX_REQUESTS = 10;
  static final Duration DEFAULT_WINDOW = Duration.ofHours(1);

  /** Past this many tracked clients, expired entries are swept before adding a new one. */
  private static final int SWEEP_THRESHOLD = 10_000;

  private final Environment environment;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Bucket> hits = new ConcurrentHashMap<>();
  private final java.util.Set<String> doneToday = ConcurrentHashMap.newKeySet();
  private LocalDate saltDay = LocalDate.MIN;
  private byte[] salt = new byte[0];

  @Autowired
  AnonymousRateLimiter(Environment environment) {
    this(environment, Clock.systemUTC());
  }

  AnonymousRateLimiter(Environment environment, Clock clock) {
    this.environment = environment;
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
    int maxRequests =
        environment.getProperty(
            "app.rate-limit." + action + ".max-requests", Integer.class, DEFAULT_MAX_REQUESTS);
    String configuredWindow = environment.getProperty("app.rate-limit." + action + ".window");
    Duration window =
        configuredWindow == null ? DEFAULT_WINDOW : DurationStyle.detectAndParse(configuredWindow);
    Instant now = clock.instant();
    String key = action + ":" + pseudonym(clientAddress, now);
    if (hits.size() > SWEEP_THRESHOLD) {
      sweep(now);
    }
    Bucket bucket = hits.computeIfAbsent(key, k -> new Bucket(window));
    synchronized (bucket) {
      Deque<Instant> times = bucket.times;
      Instant start = now.minus(window);
      while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
        times.pollFirst();
      }
      if (times.size() >= maxRequests) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  /**
   * Whether the request's client does this to this subject for the first time today (for example
   * agreeing with a report); remembered under the same daily-salted key, forgotten with the salt.
   */
  public boolean firstToday(HttpServletRequest request, String subject) {
    return firstToday(request.getRemoteAddr(), subject);
  }

  boolean firstToday(String clientAddress, String subject) {
    return doneToday.add(pseudonym(clientAddress, clock.instant()) + "/" + subject);
  }

  /** The salted hash of the address; a new day brings a new salt and forgets the old counts. */
  private synchronized String pseudonym(String clientAddress, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, Ui.ZONE);
    if (!today.equals(saltDay)) {
      byte[] fresh = new byte[32];
      random.nextBytes(fresh);
      salt = fresh;
      saltDay = today;
      hits.clear();
      doneToday.clear();
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      digest.update(clientAddress.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void sweep(Instant now) {
    hits.values()
        .removeIf(
            bucket -> {
              synchronized (bucket) {
                Instant last = bucket.times.peekLast();
                return last == null || !last.isAfter(now.minus(bucket.window));
              }
            });
  }

  /** The attempts of one client at one action within the action's window. */
  private static final class Bucket {
    final Duration window;
    final Deque<Instant> times = new ArrayDeque<>();

    Bucket(Duration window) {
      this.window = window;
    }
  }

  /** How many clients are tracked now; for tests. */
  int trackedClients() {
    return hits.size();
  }
}
