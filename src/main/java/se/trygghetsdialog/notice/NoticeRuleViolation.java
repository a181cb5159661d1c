package se.trygghetsdialog.notice;

import se.trygghetsdialog.shared.RuleViolation;

/** A request the notice board rules refuse, with the form field and the message key. */
public class NoticeRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public NoticeRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
