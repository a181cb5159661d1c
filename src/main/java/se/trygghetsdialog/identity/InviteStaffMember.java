package se.trygghetsdialog.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * An administrator invites a new staff member: the account is created without a password, and a
 * mail with a link valid for seven days lets the person choose one.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InviteStaffMember {

  /** How long an invitation link can be used. */
  public static final Duration VALIDITY = Duration.ofDays(7);

  /** What the administrator entered, already validated. */
  public record Input(
      String email, String displayName, Set<Role> roles, @Nullable UUID organisationId) {}

  /**
   * The invitation form, bound and validated by Spring MVC; the address and the name are trimmed
   * when the command is made.
   */
  public record Command(
      @NotBlank(message = "{identity.invite.error.emailRequired}")
          @Size(max = MAX_EMAIL, message = "{identity.invite.error.emailInvalid}")
          @Pattern(
              regexp = "([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?",
              message = "{identity.invite.error.emailInvalid}")
          String email,
      @NotBlank(message = "{identity.invite.error.nameRequired}")
          @Size(max = MAX_NAME, message = "{identity.invite.error.nameTooLong}")
          String displayName,
      @NotEmpty(message = "{identity.invite.error.rolesRequired}")
          @KnownRoles(message = "{identity.invite.error.roleUnknown}")
          List<String> roles,
      @Nullable UUID organisationId) {

    public Command {
      email = email == null ? null : email.strip();
      displayName = displayName == null ? null : displayName.strip();
    }

    /** The roles chosen, once {@link KnownRoles} has accepted their names. */
    public Set<Role> chosenRoles() {
      Set<Role> set = EnumSet.noneOf(Role.class);
      roles.forEach(name -> set.add(Role.valueOf(name)));
      return set;
    }
  }

  /**
   * Bean Validation constraint: every name is a {@link Role}'s. The names are bound as text so that
   * an unknown one is an error beside the others of the form, not one that hides them.
   */
  @Documented
  @Constraint(validatedBy = KnownRoles.Validator.class)
  @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface KnownRoles {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks each name with {@link Role#valueOf}. */
    class Validator implements ConstraintValidator<KnownRoles, List<String>> {
      @Override
      public boolean isValid(List<String> names, ConstraintValidatorContext context) {
        if (names == null) {
          return true;
        }
        for (String name : names) {
          try {
            Role.valueOf(name);
          } catch (IllegalArgumentException | NullPointerException e) {
            return false;
          }
        }
        return true;
      }
    }
  }

  public static final int MAX_EMAIL = 254;
  public static final int MAX_NAME = 200;

  /** The e-mail address already belongs to an account of the municipality. */
  public static final class EmailAlreadyUsed extends RuntimeException {
    EmailAlreadyUsed() {
      super("e-mail already used");
    }
  }

  private final StaffAccountRepository accounts;
  private final Organisations organisations;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final MailLinks mailLinks;

  /**
   * Invites from the administrators' form: the organisation must be the municipality's and the
   * address not yet an account's.
   *
   * @throws IdentityRuleViolation naming the field of the rule the invitation breaks
   */
  @Transactional
  public StaffMember invite(
      Tenant tenant, Command command, @Nullable UUID invitedBy, Locale locale) {
    UUID organisation = command.organisationId();
    if (organisation != null && organisations.find(tenant.id(), organisation).isEmpty()) {
      throw new IdentityRuleViolation(
          "organisationId", "identity.invite.error.organisationUnknown");
    }
    try {
      return invite(
          tenant,
          new Input(command.email(), command.displayName(), command.chosenRoles(), organisation),
          invitedBy,
          locale);
    } catch (EmailAlreadyUsed | DuplicateKeyException e) {
      throw new IdentityRuleViolation("email", "identity.invite.error.emailTaken");
    }
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
    String link = mailLinks.to(tenant.id(), "/konto/aktivera/" + token);
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
