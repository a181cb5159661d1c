package se.trygghetsdialog.moderation.web;

/**
 * The values the item page's forms were sent with, shown again after an error.
 *
 * @param offerConfirmFindings screening refused the typed public text, so the form offers to
 *     confirm
 * @param confirmFindings the moderator ticked that what screening found is not personal data
 */
public record ModerationDrafts(
    String publicText,
    boolean offerConfirmFindings,
    boolean confirmFindings,
    String rejectReason,
    String internalNote,
    String unmaskReason) {

  ModerationDrafts offeringConfirmation() {
    return new ModerationDrafts(
        publicText, true, confirmFindings, rejectReason, internalNote, unmaskReason);
  }

  ModerationDrafts withRejectReason(String reason) {
    return new ModerationDrafts(publicText, false, false, reason, "", "");
  }

  ModerationDrafts withInternalNote(String note) {
    return new ModerationDrafts(publicText, false, false, "", note, "");
  }

  ModerationDrafts withUnmaskReason(String reason) {
    return new ModerationDrafts(publicText, false, false, "", "", reason);
  }
}
