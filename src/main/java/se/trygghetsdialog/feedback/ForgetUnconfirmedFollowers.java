package se.trygghetsdialog.feedback;

import java.time.OffsetDateTime;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Deletes, once a day, the addresses of people who asked to follow a dialogue but never confirmed
 * before their link expired: without consent there is no reason to keep them.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ForgetUnconfirmedFollowers {

  private final Municipalities municipalities;
  private final DialogueFollowerRepository followers;

  @Scheduled(
      cron = "${app.feedback.forget-unconfirmed-cron:0 17 3 * * *}",
      zone = "Europe/Stockholm")
  @SchedulerLock(name = "feedback-forget-unconfirmed", lockAtMostFor = "30m", lockAtLeastFor = "1m")
  void forgetExpired() {
    OffsetDateTime expiredBefore = OffsetDateTime.now().minus(FeedbackPolicy.CONFIRMATION_VALIDITY);
    for (Tenant municipality : municipalities.all()) {
      followers.deleteUnconfirmedSentBefore(municipality.id(), expiredBefore);
    }
  }
}
