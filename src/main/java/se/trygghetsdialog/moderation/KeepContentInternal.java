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
   * @throws ModerationRuleViolation if the note is too long or the item was already decided
   */
  @Transactional
  public void keep(
      MunicipalityId municipality, ModerationItemId id, Command command, StaffPrincipal actor) {
    decisions.withReason(
        municipality,
        id,
        ModerationStatus.INTERNAL,
        command.text(),
        note -> {
          if (note.length() > ModerationPolicy.MAX_REASON) {
            throw new ModerationRuleViolation("internalNote", "moderation.error.reason.tooLong");
          }
        },
        actor,
        (item, note) ->
            new ContentKeptInternal(
                municipality, item.contentType(), item.contentId(), actor.accountId()));
  }
}
