package se.trygghetsdialog.topic;

import se.trygghetsdialog.shared.RuleViolation;

/** A request the topic rules refuse, with the form field and the message key. */
public class TopicRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public TopicRuleViolation(String field, String messageKey) {
    super(field, messageKey);
  }
}
