package se.trygghetsdialog.survey;

/**
 * A resident's request the survey cannot take outside a form: a closed round, a used or unknown
 * code, a link already used to send. The page says why, with the HTTP status given.
 */
public class SurveyRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String messageKey;

  public SurveyRefused(int status, String messageKey) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
  }

  public int status() {
    return status;
  }

  public String messageKey() {
    return messageKey;
  }
}
