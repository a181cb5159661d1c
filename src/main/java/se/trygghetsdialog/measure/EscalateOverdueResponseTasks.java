package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Once a day, mails the safety coordinators about each response task past its deadline, once per
 * task; the dashboard lists them as overdue.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EscalateOverdueResponseTasks {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final Municipalities municipalities;
  private final ResponseTaskRepository tasks;
  private final StaffAccounts accounts;
  private final MailOutbox outbox;
  private final MessageSource messages;
  private final TransactionTemplate transactions;
  private final MailLinks links;

  @Scheduled(cron = "${app.measure.escalation-cron:0 5 7 * * *}", zone = "Europe/Stockholm")
  @SchedulerLock(name = "measure-escalate-overdue", lockAtMostFor = "30m", lockAtLeastFor = "1m")
  void scheduled() {
    escalateOverdue();
  }

  /**
   * Escalates every overdue task not escalated yet.
   *
   * @return how many tasks were escalated
   */
  public int escalateOverdue() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    int count = 0;
    for (Tenant tenant : municipalities.all()) {
      MunicipalityId m = tenant.id();
      for (ResponseTask task : tasks.overdueNotEscalated(m, today)) {
        Boolean done =
            transactions.execute(
                status -> {
                  if (!tasks.markEscalated(m, task.id(), OffsetDateTime.now())) {
                    return false;
                  }
                  List<StaffMember> coordinators =
                      accounts.withRole(m, Role.SAFETY_COORDINATOR).stream()
                          .filter(StaffMember::enabled)
                          .toList();
                  for (StaffMember coordinator : coordinators) {
                    outbox.queue(
                        m,
                        coordinator.email(),
                        messages.getMessage(
                            "measure.mail.escalation.subject",
                            new Object[] {task.recipient()},
                            SWEDISH),
                        messages.getMessage(
                            "measure.mail.escalation.body",
                            new Object[] {
                              task.recipient(),
                              task.subject(),
                              task.dueOn().toString(),
                              links.to(m, "/personal/svarsuppgifter")
                            },
                            SWEDISH));
                  }
                  return true;
                });
        if (Boolean.TRUE.equals(done)) {
          count++;
        }
      }
    }
    return count;
  }
}
