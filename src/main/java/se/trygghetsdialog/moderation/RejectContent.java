package se.trygghetsdialog.moderation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/** A moderator refuses publication with a reason. */
@Service
public class RejectContent {

  private final ModerationItemRepository items;
  private final ApplicationEventPublisher events;

  RejectContent(ModerationItemRepository items, ApplicationEventPublisher events) {
    this.items = items;
    this.events = events;
  }

  /**
   * @throws ModerationRuleViolation if the reason is missing or the item was already decided
   */
  @Transactional
  public void reject(
      MunicipalityId municipality, ModerationItemId id, String reason, StaffPrincipal actor) {
    ModerationItem item =
        items.find(municipality, id).orElseThrow(() -> new NotFoundException("item"));
    ModerationPolicy.checkPending(item);
    String cleaned = reason.strip();
    ModerationPolicy.checkReason("rejectReason", cleaned);
    if (!items.decide(
        municipality, id, ModerationStatus.REJECTED, null, false, cleaned, actor.accountId())) {
      throw new ModerationRuleViolation("", "moderation.error.alreadyDecided");
    }
    events.publishEvent(
        new ContentRejected(
            municipality, item.contentType(), item.contentId(), cleaned, actor.accountId()));
  }
}
