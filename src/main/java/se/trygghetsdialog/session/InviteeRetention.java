package se.trygghetsdialog.session;

import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.StepChanged;

/**
 * Forgets invited participants' addresses: all of a dialogue's when it reaches step 7 (no more
 * notes are sent then), and each one {@link SessionPolicy#INVITEE_RETENTION_DAYS} days after its
 * session, checked nightly.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InviteeRetention {

  private final DialogueSessionRepository sessions;

  @ApplicationModuleListener
  void on(StepChanged changed) {
    if (changed.to() == DialogueStep.CAPACITY) {
      sessions.forgetInvitees(changed.municipalityId(), changed.dialogueId());
    }
  }

  @Scheduled(cron = "${app.session.invitee-retention-cron:0 20 3 * * *}", zone = "Europe/Stockholm")
  @SchedulerLock(name = "session-invitee-retention", lockAtMostFor = "30m", lockAtLeastFor = "1m")
  void forgetExpired() {
    sessions.forgetExpiredInvitees(LocalDate.now(SessionPolicy.ZONE));
  }
}
