package se.trygghetsdialog.moderation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/** A moderator keeps content for internal handling only; it is never published. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class KeepContentInternal {

  /** What a moderator sends with the form: the internal note, bound by Spring MVC. */
  public record Command(@Nullable String internalNote) {

    String text() {
      return internalNote == null ? "" : internalNote;
    }
  }

  private final ModerationDecisions decisions;

  /**
   * @throws ModerationRuleViolation if the item was already decided
   */
  @Transactional
  public void keep(
      MunicipalityId municipality, ModerationItemId id, Command command, StaffPrincipal actor) {
    keep(municipality, id, command.text(), actor);
  }

  /** The same, with the internal note as typed. */
  @Transactional
  public void keep(
      MunicipalityId municipality, ModerationItemId id, String note, StaffPrincipal actor) {
    ModerationItem item = decisions.pending(municipality, id);
    String cleaned = note.strip();
    if (cleaned.length() > ModerationPolicy.MAX_REASON) {
      throw new ModerationRuleViolation("internalNote", "moderation.error.reason.tooLong");
    }
    decisions.record(
        item,
        ModerationDecisions.Outcome.withReason(ModerationStatus.INTERNAL, cleaned),
        actor,
        new ContentKeptInternal(
            municipality, item.contentType(), item.contentId(), actor.accountId()));
  }
}
