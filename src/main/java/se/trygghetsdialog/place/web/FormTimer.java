package se.trygghetsdialog.place.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.place.PlacePolicy;

/**
 * A signed time stamp in a hidden field tells when the form was shown, without JavaScript or a
 * session: a form sent back faster than a person can fill it is treated as sent by a robot. The key
 * is random per start of the application; a form from before a restart is simply shown again.
 */
@Component
class FormTimer {

  static final Duration MAX_AGE = Duration.ofHours(12);

  private final byte[] key = new byte[32];

  FormTimer() {
    new SecureRandom().nextBytes(key);
  }

  String issue(Instant shownAt) {
    String millis = Long.toString(shownAt.toEpochMilli());
    return millis + "." + sign(millis);
  }

  /** Whether the stamp is genuine and the form was shown long enough (but not too long) ago. */
  boolean acceptable(@Nullable String stamp, Instant now) {
    if (stamp == null) {
      return false;
    }
    int dot = stamp.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    String millis = stamp.substring(0, dot);
    byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(given, sign(millis).getBytes(StandardCharsets.US_ASCII))) {
      return false;
    }
    Instant shown;
    try {
      shown = Instant.ofEpochMilli(Long.parseLong(millis));
    } catch (NumberFormatException e) {
      return false;
    }
    return !now.isBefore(shown.plus(PlacePolicy.MINIMUM_FILL_TIME))
        && now.isBefore(shown.plus(MAX_AGE));
  }

  private String sign(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
