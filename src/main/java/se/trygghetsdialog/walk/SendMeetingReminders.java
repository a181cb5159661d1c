package se.trygghetsdialog.walk;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.shared.mail.MailOutbox;

/**
 * Reminds the registered walkers who gave an e-mail address of each meeting (introduktion,
 * vandringen, återkoppling) shortly before it starts: one mail per meeting and active registration,
 * with the meeting's time and place and the walk's page.
 *
 * <p>Rules: a meeting is due when it has not started and starts within {@code
 * app.walk.reminder-hours-before} hours (default 48), see {@link ReminderWindow}. Cancelled
 * registrations get nothing. Each reminder is claimed in {@code walk_meeting_reminder} in the same
 * transaction that queues its mail, so two app nodes or a rerun never send it twice. A meeting is
 * reminded once per registration: if a re-plan moves it after its reminder went out, no second
 * reminder follows; if it is moved before its reminder, the reminder comes before the new time.
 * (Plans cannot be edited today; the rule holds for when they can.)
 *
 * <p>Registrations store no language, so the mail is in Swedish. The private cancel link cannot be
 * rebuilt (only its hash is stored), so the mail points to the link on the registration receipt.
 */
@Component
public class SendMeetingReminders {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final MeetingReminderRepository reminders;
  private final MailOutbox outbox;
  private final MessageSource messages;
  private final TransactionTemplate transactions;
  private final ReminderWindow window;
  private final WalkLinks links;

  SendMeetingReminders(
      MeetingReminderRepository reminders,
      MailOutbox outbox,
      MessageSource messages,
      PlatformTransactionManager transactionManager,
      WalkLinks links,
      @Value("${app.walk.reminder-hours-before:48}") long hoursBefore) {
    this.reminders = reminders;
    this.outbox = outbox;
    this.messages = messages;
    this.transactions = new TransactionTemplate(transactionManager);
    this.window = ReminderWindow.hoursBefore(hoursBefore);
    this.links = links;
  }

  @Scheduled(cron = "${app.walk.reminder-cron:0 10 * * * *}", zone = "Europe/Stockholm")
  @SchedulerLock(name = "walk-meeting-reminders", lockAtMostFor = "30m", lockAtLeastFor = "1m")
  void scheduled() {
    send(OffsetDateTime.now());
  }

  /**
   * Queues the reminders due at {@code now}.
   *
   * @return how many reminder mails were queued
   */
  public int send(OffsetDateTime now) {
    int sent = 0;
    for (MeetingReminderRepository.Due due : reminders.due(now, window.until(now))) {
      if (!window.due(due.at(), now)) {
        continue;
      }
      Boolean done = transactions.execute(status -> sendOne(due, now));
      if (Boolean.TRUE.equals(done)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean sendOne(MeetingReminderRepository.Due due, OffsetDateTime now) {
    if (!reminders.claim(due.walkId(), due.meeting(), due.registrationId(), now)) {
      return false;
    }
    Locale locale = SWEDISH;
    var local = due.at().atZoneSameInstant(WalkRepository.ZONE);
    Object[] args = {
      due.title(),
      messages.getMessage("walk.meeting." + due.meeting(), null, locale),
      local.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)),
      local.format(DateTimeFormatter.ofPattern("HH:mm", locale)),
      due.place(),
      links.walk(due.municipality(), due.walkId())
    };
    outbox.queue(
        due.municipality(),
        due.email(),
        messages.getMessage("walk.mail.reminder.subject", args, locale),
        messages.getMessage("walk.mail.reminder.body", args, locale));
    return true;
  }
}
