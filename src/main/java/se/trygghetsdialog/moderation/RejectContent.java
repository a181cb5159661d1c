package se.trygghetsdialog.moderation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/** A moderator refuses publication with a reason. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RejectContent {

  /** What a moderator sends with the form: the reason for the rejection, bound by Spring MVC. */
  public record Command(@Nullable String rejectReason) {

    String text() {
      return rejectReason == null ? "" : rejectReason;
    }
  }

  private final ModerationDecisions decisions;

  /**
   * @throws ModerationRuleViolation if the reason is missing or the item was already decided
   */
  @Transactional
  public void reject(
      MunicipalityId municipality, ModerationItemId id, Command command, StaffPrincipal actor) {
    reject(municipality, id, command.text(), actor);
  }

  /** The same, with the reason for the rejection as typed. */
  @Transactional
  public void reject(
      MunicipalityId municipality, ModerationItemId id, String reason, StaffPrincipal actor) {
    decisions.withReason(
        municipality,
        id,
        ModerationStatus.REJECTED,
        reason,
        cleaned -> ModerationPolicy.checkReason("rejectReason", cleaned),
        actor,
        (item, cleaned) ->
            new ContentRejected(
                municipality, item.contentType(), item.contentId(), cleaned, actor.accountId()));
  }
}
