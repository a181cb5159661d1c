package se.trygghetsdialog.moderation;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * What every decision on a queued item does around its own checks: finds the item while it is
 * pending, and records the decision once, publishing its event.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ModerationDecisions {

  private final ModerationItemRepository items;
  private final ApplicationEventPublisher events;

  /**
   * @throws NotFoundException if the municipality has no such item
   * @throws ModerationRuleViolation if the item was already decided
   */
  ModerationItem pending(MunicipalityId municipality, ModerationItemId id) {
    ModerationItem item =
        items.find(municipality, id).orElseThrow(() -> new NotFoundException("item"));
    ModerationPolicy.checkPending(item);
    return item;
  }

  /**
   * What a decision writes on the item.
   *
   * @param publicText the text to publish, for an approval
   * @param redacted the public text is not the original
   * @param reason the reason for a rejection or the internal note; blank for an approval
   */
  record Outcome(
      ModerationStatus status, @Nullable String publicText, boolean redacted, String reason) {

    /** A decision that publishes nothing, with its reason or note. */
    static Outcome withReason(ModerationStatus status, String reason) {
      return new Outcome(status, null, false, reason);
    }
  }

  /**
   * Records the decision on the pending item unless another moderator decided it first, then
   * publishes the event.
   *
   * @throws ModerationRuleViolation if the item was decided in the meantime
   */
  void record(ModerationItem item, Outcome outcome, StaffPrincipal actor, Object event) {
    if (!items.decide(
        item.municipalityId(),
        item.id(),
        outcome.status(),
        outcome.publicText(),
        outcome.redacted(),
        outcome.reason(),
        actor.accountId())) {
      throw new ModerationRuleViolation("", "moderation.error.alreadyDecided");
    }
    events.publishEvent(event);
  }

  /**
   * A decision that publishes nothing: finds the pending item, checks the reason or note as typed
   * (surrounding space dropped) and records it with the event made from the item and that text.
   *
   * @param check throws a {@link ModerationRuleViolation} for a text it refuses
   * @throws ModerationRuleViolation if the check refuses the text or the item was already decided
   */
  void withReason(
      MunicipalityId municipality,
      ModerationItemId id,
      ModerationStatus status,
      String typed,
      Consumer<String> check,
      StaffPrincipal actor,
      BiFunction<ModerationItem, String, Object> event) {
    ModerationItem item = pending(municipality, id);
    String cleaned = typed.strip();
    check.accept(cleaned);
    record(item, Outcome.withReason(status, cleaned), actor, event.apply(item, cleaned));
  }
}
