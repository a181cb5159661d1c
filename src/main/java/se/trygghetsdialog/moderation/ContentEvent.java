package se.trygghetsdialog.moderation;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;

/** What a moderator did with a queued item's content, audited with that content as subject. */
interface ContentEvent extends AuditableEvent {

  String contentType();

  UUID contentId();

  @Override
  default String auditSubject() {
    return contentType() + ":" + contentId();
  }
}
