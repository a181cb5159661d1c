package se.trygghetsdialog.identity;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/** An invited staff member follows the link in the mail and chooses a password. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AcceptInvitation {

  /** The shortest password accepted. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  /** Passwords longer than this many bytes are refused (bcrypt reads at most 72). */
  public static final int MAX_PASSWORD_LENGTH = 72;

  /** What a token in a link stands for. */
  public enum TokenState {
    OPEN,
    USED,
    EXPIRED,
    UNKNOWN
  }

  private final StaffAccountRepository accounts;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;

  public TokenState state(MunicipalityId municipality, String token) {
    if (token.length() > 100) {
      return TokenState.UNKNOWN;
    }
    return accounts
        .invitation(municipality, InvitationTokens.hash(token))
        .map(
            invitation -> {
              if (invitation.acceptedAt() != null) {
                return TokenState.USED;
              }
              if (!invitation.expiresAt().isAfter(OffsetDateTime.now())) {
                return TokenState.EXPIRED;
              }
              return TokenState.OPEN;
            })
        .orElse(TokenState.UNKNOWN);
  }

  /** The invited account, while the invitation is open. */
  public Optional<StaffMember> invitee(MunicipalityId municipality, String token) {
    if (state(municipality, token) != TokenState.OPEN) {
      return Optional.empty();
    }
    return accounts
        .openInvitation(municipality, InvitationTokens.hash(token))
        .flatMap(id -> accounts.byId(municipality, id))
        .map(StaffAccountRepository.Row::member);
  }

  /**
   * Why the password cannot be used, as a message key for the {@code password} or {@code
   * confirmation} field; empty when it is acceptable.
   */
  public static Optional<String> passwordProblem(String password, String email) {
    if (password.isEmpty()) {
      return Optional.of("identity.activate.error.passwordRequired");
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      return Optional.of("identity.activate.error.passwordTooShort");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_LENGTH) {
      return Optional.of("identity.activate.error.passwordTooLong");
    }
    if (password.trim().toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT))) {
      return Optional.of("identity.activate.error.passwordIsEmail");
    }
    return Optional.empty();
  }

  /** The password form of the activation page, as typed (never trimmed). */
  public record Command(@Nullable String password, @Nullable String confirmation) {}

  /**
   * Sets the password chosen on the activation page and closes the invitation, once.
   *
   * @return false if the invitation was not open (used, expired or unknown)
   * @throws IdentityRuleViolation when the password cannot be used or the two do not match
   */
  @Transactional
  public boolean accept(MunicipalityId municipality, String token, Command command) {
    Optional<StaffMember> invitee = invitee(municipality, token);
    if (invitee.isEmpty()) {
      return false;
    }
    String password = command.password() == null ? "" : command.password();
    Optional<String> problem = passwordProblem(password, invitee.get().email());
    if (problem.isPresent()) {
      throw new IdentityRuleViolation("password", problem.get());
    }
    if (!password.equals(command.confirmation() == null ? "" : command.confirmation())) {
      throw new IdentityRuleViolation(
          "confirmation", "identity.activate.error.confirmationMismatch");
    }
    return accept(municipality, token, password);
  }

  /**
   * Sets the password and closes the invitation, once.
   *
   * @return false if the invitation was not open (used, expired or unknown)
   */
  @Transactional
  public boolean accept(MunicipalityId municipality, String token, String password) {
    Optional<StaffMember> invitee = invitee(municipality, token);
    if (invitee.isEmpty()) {
      return false;
    }
    StaffMember member = invitee.get();
    if (passwordProblem(password, member.email()).isPresent()) {
      throw new IllegalArgumentException("password not acceptable");
    }
    if (!accounts.acceptInvitation(municipality, InvitationTokens.hash(token))) {
      return false;
    }
    accounts.setPassword(municipality, member.id(), passwords.encode(password));
    events.publishEvent(new StaffInvitationAccepted(municipality, member.id()));
    return true;
  }
}
