package se.trygghetsdialog.identity;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;

/** Something happened to a staff account: the audit log names that account as the subject. */
public interface StaffAccountEvent extends AuditableEvent {

  /** The staff account the event is about. */
  UUID accountId();

  @Override
  default String auditSubject() {
    return accountId().toString();
  }
}
