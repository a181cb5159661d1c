package se.trygghetsdialog.moderation;

import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NoPublicChange;

/**
 * Published by a content module when a resident submits free text. Moderation queues it; nothing is
 * public until moderation publishes {@link ContentApproved} for the same {@code contentId}. Handled
 * in the publisher's transaction, so content and queue item are stored together.
 *
 * @param contentType a stable name of the kind of content, e.g. {@code place-report}
 * @param contentId the content module's id of the item
 * @param screening the text as submitted, screened once by the submitting module (the queue keeps
 *     its findings and does not screen it again)
 */
public record ContentSubmitted(
    MunicipalityId municipalityId, String contentType, UUID contentId, ScreeningResult screening)
    implements NoPublicChange {

  /** The text as submitted. */
  public String text() {
    return screening.text();
  }

  /** Whether {@link PersonalDataScreener} found personal data in it. */
  public boolean flagged() {
    return screening.flagged();
  }
}
