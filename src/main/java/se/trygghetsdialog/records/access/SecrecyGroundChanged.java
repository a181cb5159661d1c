package se.trygghetsdialog.records.access;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** An administrator added a secrecy ground to the list, or took one out of use or back. */
public record SecrecyGroundChanged(
    MunicipalityId municipalityId, UUID groundId, UUID actorAccountId, Change change)
    implements AuditableEvent {

  public enum Change {
    ADDED,
    DEACTIVATED,
    ACTIVATED
  }

  @Override
  public String auditAction() {
    return switch (change) {
      case ADDED -> "records.secrecy-ground-added";
      case DEACTIVATED -> "records.secrecy-ground-deactivated";
      case ACTIVATED -> "records.secrecy-ground-activated";
    };
  }

  @Override
  public String auditSubject() {
    return groundId.toString();
  }
}
