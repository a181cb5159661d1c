package se.trygghetsdialog.records.incident;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.mail.MailOutbox;

/**
 * Mails the municipality's administrators once when an incident that is neither reported to IMY nor
 * given a reason not to be has less than 24 hours left of its 72 (or none). The reminder is claimed
 * on the incident in the same transaction that queues the mails, so two nodes or a rerun never send
 * it twice. The mail names the incident by number and link only, in Swedish.
 */
@Component
public class ImyDeadlineReminders {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final IncidentRepository repository;
  private final StaffAccounts staff;
  private final MailOutbox outbox;
  private final MailLinks links;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;

  ImyDeadlineReminders(
      IncidentRepository repository,
      StaffAccounts staff,
      MailOutbox outbox,
      MailLinks links,
      MessageSource messages,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.staff = staff;
    this.outbox = outbox;
    this.links = links;
    this.messages = messages;
    this.events = events;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Scheduled(
      cron = "${app.records.incident-reminder-cron:0 */10 * * * *}",
      zone = "Europe/Stockholm")
  @SchedulerLock(name = "incident-imy-reminders", lockAtMostFor = "9m", lockAtLeastFor = "30s")
  void scheduled() {
    remind(OffsetDateTime.now());
  }

  /**
   * Sends the reminders due at {@code now}.
   *
   * @return how many incidents were reminded of
   */
  public int remind(OffsetDateTime now) {
    int sent = 0;
    OffsetDateTime discoveredBefore =
        now.plus(Incident.REMIND_BEFORE).minus(Incident.REPORTING_TIME);
    for (IncidentRepository.Due due : repository.due(discoveredBefore)) {
      if (Boolean.TRUE.equals(transactions.execute(status -> remindOne(due, now)))) {
        sent++;
      }
    }
    return sent;
  }

  private boolean remindOne(IncidentRepository.Due due, OffsetDateTime now) {
    if (!repository.claimReminder(due.municipality(), due.id(), now)) {
      return false;
    }
    Object[] args = {
      due.number(),
      due.deadline().atZoneSameInstant(Incidents.ZONE).format(TIME),
      links.to(due.municipality(), "/personal/incidenter/" + due.id())
    };
    String subject = messages.getMessage("incident.mail.reminder.subject", args, SWEDISH);
    String body = messages.getMessage("incident.mail.reminder.body", args, SWEDISH);
    for (StaffMember admin : staff.withRole(due.municipality(), Role.ADMINISTRATOR)) {
      if (admin.enabled() && admin.activated()) {
        outbox.queue(due.municipality(), admin.email(), subject, body);
      }
    }
    events.publishEvent(
        new IncidentChanged(
            due.municipality(), due.id(), null, IncidentChanged.Change.REMINDER_SENT));
    return true;
  }
}
