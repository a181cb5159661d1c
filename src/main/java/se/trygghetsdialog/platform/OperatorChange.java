package se.trygghetsdialog.platform;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;

/**
 * A platform operator changed a municipality: logged in that municipality's audit log with the
 * operator as the actor (an operator account, not a staff account) and the municipality as the
 * subject.
 */
public interface OperatorChange extends AuditableEvent {

  UUID operatorId();

  @Override
  default UUID actorAccountId() {
    return operatorId();
  }

  @Override
  default String auditSubject() {
    return municipalityId().value().toString();
  }
}
