package se.trygghetsdialog.eid;

/**
 * A verification refused, with the message key of the page the resident sees ({@code key.title} and
 * {@code key.text} must exist in every resident language) and its HTTP status (4xx; 503 when the
 * broker cannot be reached). Nothing is stored for a refused verification.
 */
public final class EidRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final int status;

  public EidRefusal(String messageKey, int status) {
    super(messageKey);
    this.messageKey = messageKey;
    this.status = status;
  }

  /** A refusal with one of this module's reasons ({@code eid.refused.<reason>}). */
  static EidRefusal of(String reason, int status) {
    return new EidRefusal("eid.refused." + reason, status);
  }

  public String messageKey() {
    return messageKey;
  }

  public int status() {
    return status;
  }
}
