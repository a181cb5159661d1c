package se.trygghetsdialog.moderation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * A moderator approves content for publication, possibly with a redacted public text. A public text
 * the moderator changed is screened once and refused while it seems to contain personal data,
 * unless the moderator explicitly confirms that what screening found is not personal data (a street
 * that looks like a name, say); such an approval is audited as confirmed. The original is kept.
 */
@Service
public class ApproveContent {

  private final ModerationItemRepository items;
  private final PersonalDataScreener screener;
  private final ModerationQueue queue;
  private final ApplicationEventPublisher events;

  ApproveContent(
      ModerationItemRepository items,
      PersonalDataScreener screener,
      ModerationQueue queue,
      ApplicationEventPublisher events) {
    this.items = items;
    this.screener = screener;
    this.queue = queue;
    this.events = events;
  }

  /**
   * Approves without confirming findings: a public text that screening flags is refused.
   *
   * @throws ModerationRuleViolation if the text is empty, too long, still flagged, or the item was
   *     already decided
   */
  @Transactional
  public void approve(
      MunicipalityId municipality, ModerationItemId id, String publicText, StaffPrincipal actor) {
    approve(municipality, id, publicText, false, actor);
  }

  /**
   * @param findingsConfirmed the moderator has read the public text again and confirms that what
   *     screening found in it is not personal data
   * @throws ModerationRuleViolation if the text is empty, too long, flagged and not confirmed, or
   *     the item was already decided
   */
  @Transactional
  public void approve(
      MunicipalityId municipality,
      ModerationItemId id,
      String publicText,
      boolean findingsConfirmed,
      StaffPrincipal actor) {
    ModerationItem item =
        items.find(municipality, id).orElseThrow(() -> new NotFoundException("item"));
    ModerationPolicy.checkPending(item);
    String text = publicText.strip().replace("\r\n", "\n");
    if (text.isEmpty()) {
      throw new ModerationRuleViolation("publicText", "moderation.error.publicText.required");
    }
    if (text.length() > ModerationPolicy.MAX_TEXT) {
      throw new ModerationRuleViolation("publicText", "moderation.error.publicText.tooLong");
    }
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      if (text.contains("[" + kind.swedishLabel() + "]")) {
        // The masked text sent as it stands would publish placeholders instead of a sentence.
        throw new ModerationRuleViolation("publicText", "moderation.error.publicText.placeholder");
      }
    }
    boolean redacted = !text.equals(item.originalText().strip());
    // The submitted text was screened once on its way in; only a text the moderator wrote is
    // screened here, once, as it is saved.
    ScreeningResult screening = redacted ? screener.screen(text) : queue.screening(item);
    if (screening.flagged() && !findingsConfirmed) {
      throw new ModerationRuleViolation(
          "publicText", "moderation.error.publicText.flagged", screening.kinds());
    }
    if (!items.decide(
        municipality, id, ModerationStatus.APPROVED, text, redacted, "", actor.accountId())) {
      throw new ModerationRuleViolation("", "moderation.error.alreadyDecided");
    }
    events.publishEvent(
        new ContentApproved(
            municipality,
            item.contentType(),
            item.contentId(),
            text,
            redacted,
            screening.flagged(),
            actor.accountId()));
  }
}
