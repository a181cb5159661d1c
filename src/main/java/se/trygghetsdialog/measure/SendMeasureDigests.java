package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The daily digest: each resident with waiting entries gets at most one mail a day listing the
 * decisions and status changes, with their "du sa – vi gjorde" links and one-click unsubscribe
 * links. Mails go through the outbox, which retries delivery.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SendMeasureDigests {

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final Municipalities municipalities;
  private final DigestRepository digests;
  private final MailOutbox outbox;
  private final MessageSource messages;
  private final TransactionTemplate transactions;

  @Scheduled(cron = "${app.measure.digest-cron:0 0 17 * * *}", zone = "Europe/Stockholm")
  @SchedulerLock(name = "measure-digests", lockAtMostFor = "30m", lockAtLeastFor = "1m")
  void scheduled() {
    sendDigests();
  }

  /**
   * Sends today's digests.
   *
   * @return how many digest mails were queued
   */
  public int sendDigests() {
    return sendDigests(LocalDate.now(ZONE));
  }

  /**
   * Sends the digests of the given day: a recipient who already got one that day waits.
   *
   * @return how many digest mails were queued
   */
  public int sendDigests(LocalDate today) {
    int sent = 0;
    for (Tenant tenant : municipalities.all()) {
      MunicipalityId m = tenant.id();
      for (String recipient : digests.recipientsWithUnsent(m)) {
        Boolean done = transactions.execute(status -> sendOne(m, recipient, today));
        if (Boolean.TRUE.equals(done)) {
          sent++;
        }
      }
    }
    return sent;
  }

  /** How many entries wait for the recipient's next digest. */
  public int waitingFor(MunicipalityId municipality, String recipient) {
    return digests.countUnsent(municipality, recipient);
  }

  private boolean sendOne(MunicipalityId m, String recipient, LocalDate today) {
    List<DigestRepository.Entry> entries = digests.unsent(m, recipient);
    if (entries.isEmpty() || !digests.claimDay(m, recipient, today)) {
      return false;
    }
    Locale locale = Locale.forLanguageTag(entries.get(entries.size() - 1).locale());
    StringBuilder lines = new StringBuilder();
    Set<String> seenLines = new LinkedHashSet<>();
    for (DigestRepository.Entry e : entries) {
      if (seenLines.add(e.line())) {
        lines.append("- ").append(e.line()).append("\n\n");
      }
    }
    // One private and one unsubscribe link per input, from its newest entry (all stay valid).
    java.util.Map<InputRef, DigestRepository.Entry> newestPerInput =
        new java.util.LinkedHashMap<>();
    for (DigestRepository.Entry e : entries) {
      newestPerInput.put(e.input(), e);
    }
    Set<String> privateLinks = new LinkedHashSet<>();
    Set<String> unsubscribeLinks = new LinkedHashSet<>();
    for (DigestRepository.Entry e : newestPerInput.values()) {
      privateLinks.add(e.privateUrl());
      unsubscribeLinks.add(e.unsubscribeUrl());
    }
    outbox.queue(
        m,
        recipient,
        messages.getMessage("measure.mail.digest.subject", null, locale),
        messages.getMessage(
            "measure.mail.digest.body",
            new Object[] {
              lines.toString().strip(),
              String.join("\n", privateLinks),
              String.join("\n", unsubscribeLinks)
            },
            locale),
        unsubscribeLinks.size() == 1 ? unsubscribeLinks.iterator().next() : null);
    digests.markSent(
        m, entries.stream().map(DigestRepository.Entry::id).toList(), OffsetDateTime.now());
    return true;
  }
}
