package se.trygghetsdialog.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.mail.MailOutbox;

/**
 * An administrator invites a new staff member: the account is created without a password, and a
 * mail with a link valid for seven days lets the person choose one.
 */
@Service
public class InviteStaffMember {

  /** How long an invitation link can be used. */
  public static final Duration VALIDITY = Duration.ofDays(7);

  /** What the administrator entered, already validated. */
  public record Input(
      String email, String displayName, Set<Role> roles, @Nullable UUID organisationId) {}

  /** The e-mail address already belongs to an account of the municipality. */
  public static final class EmailAlreadyUsed extends RuntimeException {
    EmailAlreadyUsed() {
      super("e-mail already used");
    }
  }

  private final StaffAccountRepository accounts;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final String baseUrl;

  InviteStaffMember(
      StaffAccountRepository accounts,
      MailOutbox mail,
      MessageSource messages,
      ApplicationEventPublisher events,
      @Value("${app.base-url}") String baseUrl) {
    this.accounts = accounts;
    this.mail = mail;
    this.messages = messages;
    this.events = events;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * Creates the account and the invitation and queues the mail, all in one transaction.
   *
   * @throws EmailAlreadyUsed if the municipality already has an account with that e-mail
   */
  @Transactional
  public StaffMember invite(Tenant tenant, Input input, @Nullable UUID invitedBy, Locale locale) {
    String email = input.email().trim();
    if (accounts.byEmail(tenant.id(), email).isPresent()) {
      throw new EmailAlreadyUsed();
    }
    StaffMember member =
        new StaffMember(
            UUID.randomUUID(),
            tenant.id(),
            email,
            input.displayName().trim(),
            input.roles(),
            input.organisationId(),
            true,
            false);
    accounts.insert(member, null);
    String token = InvitationTokens.newToken();
    accounts.insertInvitation(
        tenant.id(),
        member.id(),
        InvitationTokens.hash(token),
        invitedBy,
        OffsetDateTime.now().plus(VALIDITY));
    String link = baseUrl + "/konto/aktivera/" + token;
    mail.queue(
        tenant.id(),
        email,
        messages.getMessage("identity.invite.mail.subject", new Object[] {tenant.name()}, locale),
        messages.getMessage(
            "identity.invite.mail.body",
            new Object[] {member.displayName(), tenant.name(), link, VALIDITY.toDays()},
            locale));
    events.publishEvent(
        new StaffMemberInvited(tenant.id(), member.id(), invitedBy, Set.copyOf(input.roles())));
    return member;
  }
}
