package se.trygghetsdialog.shared;

/** Thrown when an id in a request names nothing the tenant owns; rendered as 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what);
  }
}
