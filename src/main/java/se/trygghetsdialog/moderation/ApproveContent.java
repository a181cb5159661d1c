package se.trygghetsdialog.moderation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A moderator approves content for publication, possibly with a redacted public text. A public text
 * the moderator changed is screened once and refused while it seems to contain personal data,
 * unless the moderator explicitly confirms that what screening found is not personal data (a street
 * that looks like a name, say); such an approval is audited as confirmed. The original is kept.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApproveContent {

  /**
   * What a moderator sends with the approval form, bound by Spring MVC. The public text is not
   * screened when it is bound: only a text the moderator changed is screened, once, by the action.
   *
   * @param confirmFindings the moderator confirms that what screening found is not personal data
   */
  public record Command(@Nullable String publicText, @Nullable Boolean confirmFindings) {

    /** The public text as sent; blank when none. */
    public String text() {
      return publicText == null ? "" : publicText;
    }

    public boolean findingsConfirmed() {
      return Boolean.TRUE.equals(confirmFindings);
    }
  }

  private final ModerationDecisions decisions;
  private final PersonalDataScreener screener;
  private final ModerationQueue queue;

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
   * @throws ModerationRuleViolation if the text is empty, too long, flagged and not confirmed, or
   *     the item was already decided
   */
  @Transactional
  public void approve(
      MunicipalityId municipality, ModerationItemId id, Command command, StaffPrincipal actor) {
    approve(municipality, id, command.text(), command.findingsConfirmed(), actor);
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
    ModerationItem item = decisions.pending(municipality, id);
    String text = publicText.strip().replace("\r\n", "\n");
    String problem = ModerationPolicy.publicTextProblem(text);
    if (problem != null) {
      throw new ModerationRuleViolation("publicText", problem);
    }
    boolean redacted = !text.equals(item.originalText().strip());
    // The submitted text was screened once on its way in; only a text the moderator wrote is
    // screened here, once, as it is saved.
    ScreeningResult screening = redacted ? screener.screen(text) : queue.screening(item);
    if (screening.flagged() && !findingsConfirmed) {
      throw new ModerationRuleViolation(
          "publicText", "moderation.error.publicText.flagged", screening.kinds());
    }
    decisions.record(
        item,
        new ModerationDecisions.Outcome(ModerationStatus.APPROVED, text, redacted, ""),
        actor,
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
