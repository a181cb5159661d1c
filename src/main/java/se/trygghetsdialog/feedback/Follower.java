package se.trygghetsdialog.feedback;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A person who asked to follow a dialogue by e-mail. Pending until the confirmation link is used;
 * after unsubscribing the address is erased and the row only records that consent was withdrawn.
 *
 * @param locale the language chosen at sign-up; every mail is written in it
 */
record Follower(
    UUID id,
    MunicipalityId municipalityId,
    DialogueId dialogueId,
    String email,
    Locale locale,
    OffsetDateTime createdAt,
    OffsetDateTime confirmationSentAt,
    @Nullable OffsetDateTime confirmedAt,
    @Nullable OffsetDateTime unsubscribedAt) {

  boolean confirmed() {
    return confirmedAt != null;
  }

  boolean unsubscribed() {
    return unsubscribedAt != null;
  }

  /** The two interface languages; anything else falls back to Swedish. */
  static String languageOf(Locale locale) {
    return "en".equals(locale.getLanguage()) ? "en" : "sv";
  }
}
