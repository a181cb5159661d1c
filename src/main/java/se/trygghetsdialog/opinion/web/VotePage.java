package se.trygghetsdialog.opinion.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.opinion.Statement;
import se.trygghetsdialog.shared.web.FormErrors;

/**
 * What the voting page shows.
 *
 * @param closedKey message key explaining why voting is closed, or null when open
 * @param statement the statement to vote on, or null when the participant has voted on all
 * @param justVoted show the "vote saved" status (htmx swap)
 */
public record VotePage(
    String dialogueId,
    String dialogueTitle,
    @Nullable String closedKey,
    @Nullable Statement statement,
    int voted,
    int shown,
    boolean justVoted,
    String text,
    FormErrors errors) {

  public boolean open() {
    return closedKey == null;
  }

  public int maxLength() {
    return se.trygghetsdialog.opinion.OpinionPolicy.MAX_STATEMENT_LENGTH;
  }
}
