package se.trygghetsdialog.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Personal invitation codes of a round: a sample of codes for letters (a list to print), codes
 * mailed to addresses through the outbox, and reminders to the addresses whose code is not used. A
 * code allows one response; which response it was is never stored.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SurveyInvitations {

  /** The most codes made at once. */
  public static final int MAX_CODES = 5000;

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How many codes to make for letters. */
  public record Generate(
      @NotNull(message = "{survey.error.count.range}")
          @Min(value = 1, message = "{survey.error.count.range}")
          @Max(value = MAX_CODES, message = "{survey.error.count.range}")
          Integer count) {}

  /** The addresses to mail a code to, one per line. */
  public record Invite(
      @NotBlank(message = "{survey.error.emails.required}")
          @Size(max = 100_000, message = "{survey.error.emails.tooMany}")
          String emails) {}

  /** One printed letter: the code and where to use it. */
  public record Letter(String code, String link) {}

  private final SurveyRepository repository;
  private final MailOutbox outbox;
  private final MailLinks links;
  private final MessageSource messages;
  private final Municipalities municipalities;
  private final ApplicationEventPublisher events;

  /** A code as typed, in the form it is stored: capitals and digits only. */
  public static String normalised(String typed) {
    String code = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    return code.length() > 40 ? "" : code;
  }

  private static String newCode() {
    char[] code = new char[10];
    for (int i = 0; i < code.length; i++) {
      code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }

  /** A code as printed: two groups of five. */
  public static String printed(String code) {
    return code.length() == 10 ? code.substring(0, 5) + "-" + code.substring(5) : code;
  }

  @Transactional
  public void generate(MunicipalityId m, UUID round, Generate command, StaffPrincipal staff) {
    round(m, round);
    for (int i = 0; i < command.count(); i++) {
      repository.insertInvitation(m, round, newCode(), "");
    }
    events.publishEvent(
        new SurveyChanged(m, round, staff.accountId(), SurveyChanged.INVITATIONS_SENT));
  }

  /**
   * The round's unused letter codes, to print; audited, since a code is the right to answer once.
   */
  @Transactional
  public List<Letter> letters(MunicipalityId m, UUID round, StaffPrincipal staff) {
    round(m, round);
    List<Letter> letters =
        repository.unused(m, round, false).stream()
            .map(i -> new Letter(printed(i.code()), links.to(m, "/enkater/kod")))
            .toList();
    events.publishEvent(
        new SurveyChanged(m, round, staff.accountId(), SurveyChanged.LETTERS_EXPORTED));
    return letters;
  }

  /**
   * Mails a code to each address.
   *
   * @return the number of mails queued
   * @throws SurveyRuleViolation on {@code emails} for a line that is not an address
   */
  @Transactional
  public int invite(
      MunicipalityId m, UUID round, Invite command, Locale locale, StaffPrincipal staff) {
    SurveyRound r = round(m, round);
    Set<String> emails = new LinkedHashSet<>();
    for (String line : command.emails().split("[\\s,;]+")) {
      String email = line.strip();
      if (email.isEmpty()) {
        continue;
      }
      if (!FormText.isEmail(email)) {
        throw new SurveyRuleViolation("emails", "survey.error.emails.invalid", email);
      }
      emails.add(email);
    }
    if (emails.size() > MAX_CODES) {
      throw new SurveyRuleViolation("emails", "survey.error.emails.tooMany");
    }
    for (String email : emails) {
      String code = newCode();
      repository.insertInvitation(m, round, code, email);
      mail(m, r, email, code, locale, "survey.mail.invitation");
    }
    events.publishEvent(
        new SurveyChanged(m, round, staff.accountId(), SurveyChanged.INVITATIONS_SENT));
    return emails.size();
  }

  /** Mails a reminder to every address whose code is not used yet; returns how many. */
  @Transactional
  public int remind(MunicipalityId m, UUID round, Locale locale, StaffPrincipal staff) {
    SurveyRound r = round(m, round);
    List<SurveyRepository.Invitation> unused = new ArrayList<>(repository.unused(m, round, true));
    for (SurveyRepository.Invitation invitation : unused) {
      mail(m, r, invitation.email(), invitation.code(), locale, "survey.mail.reminder");
      repository.markReminded(m, invitation.id());
    }
    events.publishEvent(
        new SurveyChanged(m, round, staff.accountId(), SurveyChanged.INVITATIONS_SENT));
    return unused.size();
  }

  private void mail(
      MunicipalityId m, SurveyRound round, String email, String code, Locale locale, String key) {
    outbox.queue(
        m,
        email,
        messages.getMessage(key + ".subject", new Object[] {round.title()}, locale),
        messages.getMessage(
            key + ".body",
            new Object[] {
              municipalities.name(m),
              round.title(),
              printed(code),
              links.to(m, "/enkater/kod?kod=" + code),
              round.closes().toString()
            },
            locale));
  }

  private SurveyRound round(MunicipalityId m, UUID round) {
    return repository.round(m, round).orElseThrow(() -> new NotFoundException("round"));
  }
}
