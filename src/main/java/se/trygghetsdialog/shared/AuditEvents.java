package se.trygghetsdialog.shared;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes an {@link AuditableEvent} for an act that changes nothing else, such as a staff
 * member's download of an export: the audit log's listener runs after a commit, so the event is
 * published in a transaction of its own here (an event published outside a transaction would be
 * dropped).
 */
@Component
@RequiredArgsConstructor
public class AuditEvents {

  private final ApplicationEventPublisher events;

  @Transactional
  public void record(AuditableEvent event) {
    events.publishEvent(event);
  }
}
