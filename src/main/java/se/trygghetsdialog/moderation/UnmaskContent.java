package se.trygghetsdialog.moderation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * A moderator reveals the personal data screening masked, giving a reason; the unmasking is logged
 * and published as an auditable {@link ContentUnmasked}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnmaskContent {

  /** What a moderator sends with the form: the reason for unmasking, bound by Spring MVC. */
  public record Command(@Nullable String unmaskReason) {

    String text() {
      return unmaskReason == null ? "" : unmaskReason;
    }
  }

  private final ModerationItemRepository items;
  private final ApplicationEventPublisher events;

  /**
   * @return the original text
   * @throws ModerationRuleViolation if the reason is missing or too long
   */
  @Transactional
  public String unmask(
      MunicipalityId municipality, ModerationItemId id, Command command, StaffPrincipal actor) {
    return unmask(municipality, id, command.text(), actor);
  }

  /** The same, with the reason for unmasking as typed. */
  @Transactional
  public String unmask(
      MunicipalityId municipality, ModerationItemId id, String reason, StaffPrincipal actor) {
    if (!ModerationPolicy.mayUnmask(actor)) {
      throw new AccessDeniedException("may not unmask");
    }
    ModerationItem item =
        items.find(municipality, id).orElseThrow(() -> new NotFoundException("item"));
    String cleaned = reason.strip();
    ModerationPolicy.checkReason("unmaskReason", cleaned);
    items.logUnmasking(municipality, id, actor.accountId(), cleaned);
    events.publishEvent(
        new ContentUnmasked(
            municipality,
            id.value(),
            item.contentType(),
            item.contentId(),
            actor.accountId(),
            cleaned));
    return item.originalText();
  }
}
