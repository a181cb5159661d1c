package se.trygghetsdialog.place.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits anonymous submissions per client. Clients are told apart by a SHA-256 of their address
 * with a salt that changes every day and lives only in memory, so no address is stored and
 * yesterday's keys cannot be linked to today's.
 */
@Component
class ReportRateLimiter {

  static final Duration WINDOW = Duration.ofHours(1);

  private final int limit;
  private final SecureRandom random = new SecureRandom();
  private volatile LocalDate saltDay = LocalDate.MIN;
  private volatile byte[] salt = new byte[0];
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
  private final Set<String> once = ConcurrentHashMap.newKeySet();

  ReportRateLimiter(@Value("${app.place.submissions-per-hour:20}") int limit) {
    this.limit = limit;
  }

  /** Counts an attempt; false if the client has used up its attempts for now. */
  boolean tryAcquire(String clientAddress, Instant now) {
    String key = key(clientAddress, now);
    Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  /** Whether this client does this to this subject for the first time today (e.g. agrees). */
  boolean firstTime(String clientAddress, String subject, Instant now) {
    return once.add(key(clientAddress, now) + "/" + subject);
  }

  String key(String clientAddress, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    synchronized (this) {
      if (!today.equals(saltDay)) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        salt = fresh;
        saltDay = today;
        attempts.clear();
        once.clear();
      }
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(clientAddress.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
