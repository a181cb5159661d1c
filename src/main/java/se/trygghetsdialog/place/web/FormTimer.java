package se.trygghetsdialog.place.web;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.place.FormStamps;
import se.trygghetsdialog.place.PlacePolicy;
import se.trygghetsdialog.shared.SecretTokens;
import se.trygghetsdialog.shared.ServerSecret;

/**
 * A signed time stamp in a hidden field tells when the form was shown, without JavaScript or a
 * session: a form sent back faster than a person can fill it is treated as sent by a robot. The
 * stamp is signed with the installation's {@link ServerSecret} for one form, carries a random nonce
 * and is accepted once: a stamp copied to another form, or sent again, is refused.
 */
@Component
public class FormTimer {

  static final Duration MAX_AGE = Duration.ofHours(12);

  /** The anonymous place report form, {@code /rapportera}. */
  static final String PLACE_REPORT = "place-report:/rapportera";

  private static final String PURPOSE = "form-fill-time";

  private final ServerSecret secret;
  private final BiPredicate<String, Instant> firstUse;

  @Autowired
  FormTimer(ServerSecret secret, FormStamps stamps) {
    this(secret, stamps::firstUse);
  }

  /** With the test of whether a nonce (valid until the given time) is used for the first time. */
  FormTimer(ServerSecret secret, BiPredicate<String, Instant> firstUse) {
    this.secret = secret;
    this.firstUse = firstUse;
  }

  /**
   * A stamp for the place report form shown at the given time (public for {@code
   * place-ingest-bench}, which sends reports without fetching the form first).
   */
  public String issue(Instant shownAt) {
    return issue(PLACE_REPORT, shownAt);
  }

  String issue(String form, Instant shownAt) {
    String body = shownAt.toEpochMilli() + "." + SecretTokens.newToken();
    return body + "." + secret.sign(PURPOSE, form + "|" + body);
  }

  /**
   * A fresh stamp for a form shown again (with errors or a possible duplicate): it keeps the time
   * the form was first shown when the previous stamp is genuine, else starts now.
   */
  String reissue(@Nullable String previous, Instant now) {
    Instant shown = shownAt(PLACE_REPORT, previous);
    return issue(shown != null && now.isBefore(shown.plus(MAX_AGE)) ? shown : now);
  }

  /**
   * Whether the stamp is genuine for the place report form, the form was shown long enough (but not
   * too long) ago, and the stamp has not been accepted before. Accepting it uses it up.
   */
  boolean acceptable(@Nullable String stamp, Instant now) {
    return acceptable(PLACE_REPORT, stamp, now);
  }

  boolean acceptable(String form, @Nullable String stamp, Instant now) {
    Instant shown = shownAt(form, stamp);
    if (shown == null
        || now.isBefore(shown.plus(PlacePolicy.MINIMUM_FILL_TIME))
        || !now.isBefore(shown.plus(MAX_AGE))) {
      return false;
    }
    String nonce = stamp.split("\\.")[1];
    return firstUse.test(nonce, shown.plus(MAX_AGE));
  }

  /** When the form was shown, if the stamp is genuine for it. */
  private @Nullable Instant shownAt(String form, @Nullable String stamp) {
    if (stamp == null || stamp.length() > 200) {
      return null;
    }
    String[] parts = stamp.split("\\.", -1);
    if (parts.length != 3 || !SecretTokens.wellFormed(parts[1])) {
      return null;
    }
    if (!secret.verify(PURPOSE, form + "|" + parts[0] + "." + parts[1], parts[2])) {
      return null;
    }
    try {
      return Instant.ofEpochMilli(Long.parseLong(parts[0]));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
