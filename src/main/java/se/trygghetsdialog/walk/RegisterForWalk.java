package se.trygghetsdialog.walk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.SecretTokens;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.shared.validation.EmailAddress;
import se.trygghetsdialog.shared.web.FormText;

/**
 * A resident registers for a walk. The place is taken with one conditional UPDATE of the walk's
 * counter, so two residents racing for the last place cannot both get it. A resident who gives an
 * address gets a confirmation mail with the private cancel link. Signing up again with an address
 * that is already registered answers exactly as a new sign-up (the form must not tell anyone which
 * addresses are registered): no second place is taken, and the address gets a mail saying it is
 * already registered, with a cancel link.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegisterForWalk {

  public static final int MAX_NAME = 100;

  public record Input(
      String name,
      @Nullable String email,
      boolean consent,
      WalkerGroup group,
      String accessibility) {}

  /**
   * What the registration form sends, bound and validated by Spring MVC. The accessibility needs
   * were screened once when they were bound; a flagged text is stored flagged, not refused.
   *
   * @param consent the resident agrees that the address is kept until the walk's protocol is sent
   */
  public record Command(
      @Nullable @Size(max = MAX_NAME, message = "{walk.error.text.tooLong}") String name,
      @Nullable @EmailAddress(message = "{walk.error.email.invalid}") String email,
      @Nullable Boolean consent,
      @NotNull(message = "{walk.error.group.required}") WalkerGroup group,
      @Nullable ScreenedText accessibility) {

    private Input input() {
      String address = FormText.clean(email);
      return new Input(
          FormText.clean(name),
          address.isEmpty() ? null : address,
          Boolean.TRUE.equals(consent),
          group,
          accessibility == null ? "" : accessibility.text());
    }
  }

  /**
   * The private link's token (shown once, only its hash is stored), and whether it went by mail (an
   * address was given) instead of being shown on screen.
   */
  public record Receipt(UUID registrationId, String cancelToken, boolean mailed) {}

  /** What a private link shows: the walk, and whether the registration was cancelled. */
  public record Holding(UUID walkId, boolean cancelled) {}

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final WalkRepository repository;
  private final PersonalDataScreener screener;
  private final MailOutbox outbox;
  private final MessageSource messages;
  private final WalkLinks links;
  private final ApplicationEventPublisher events;

  /**
   * @throws WalkRuleViolation if the input is wrong, the walk is over or it is full
   */
  @Transactional
  public Receipt register(MunicipalityId municipality, UUID walkId, Input input) {
    return register(
        municipality,
        walkId,
        input,
        () -> !input.accessibility().isEmpty() && screener.screen(input.accessibility()).flagged());
  }

  /**
   * Registers as a form asks; the accessibility needs are not screened again.
   *
   * @throws WalkRuleViolation if the input is wrong, the walk is over or it is full
   */
  @Transactional
  public Receipt register(MunicipalityId municipality, UUID walkId, Command command) {
    return register(
        municipality,
        walkId,
        command.input(),
        () -> command.accessibility() != null && command.accessibility().flagged());
  }

  private Receipt register(
      MunicipalityId municipality, UUID walkId, Input input, BooleanSupplier flaggedNeeds) {
    Walk walk = repository.require(municipality, walkId);
    if (input.name().length() > MAX_NAME) {
      throw new WalkRuleViolation("name", "walk.error.text.tooLong");
    }
    if (input.email() != null) {
      if (!FormText.isEmail(input.email())) {
        throw new WalkRuleViolation("email", "walk.error.email.invalid");
      }
      if (!input.consent()) {
        throw new WalkRuleViolation("consent", "walk.error.email.consent");
      }
    }
    if (input.accessibility().length() > 500) {
      throw new WalkRuleViolation("accessibility", "walk.error.text.tooLong");
    }
    if (walk.closed()) {
      throw new WalkRuleViolation("", "walk.error.register.over");
    }
    if (!repository.takePlace(walkId)) {
      throw new WalkRuleViolation("", "walk.error.full");
    }
    // A double tap, a resent form or someone else typing the address: the same address once
    // per walk. Checked after takePlace, whose row lock makes a simultaneous second request wait
    // and then see the first one. The answer is the same as for a new sign-up; the address's
    // owner is told by mail.
    if (input.email() != null) {
      Optional<Registration> existing =
          repository.registrations(walkId).stream()
              .filter(r -> r.cancelledAt() == null && input.email().equalsIgnoreCase(r.email()))
              .findFirst();
      if (existing.isPresent()) {
        repository.releasePlace(walkId);
        String token = SecretTokens.newToken();
        repository.insertLink(existing.get().id(), SecretTokens.hash(token));
        mail(municipality, walk, existing.get().email(), token, "walk.mail.alreadyRegistered");
        return new Receipt(existing.get().id(), token, true);
      }
    }
    boolean flagged = flaggedNeeds.getAsBoolean();
    String token = SecretTokens.newToken();
    UUID id = UUID.randomUUID();
    repository.insertRegistration(
        id,
        walkId,
        input.name(),
        input.email(),
        input.group(),
        input.accessibility(),
        flagged,
        SecretTokens.hash(token));
    events.publishEvent(new WalkRegistrationReceived(municipality, id, OffsetDateTime.now()));
    if (input.email() != null) {
      mail(municipality, walk, input.email(), token, "walk.mail.registered");
    }
    return new Receipt(id, token, input.email() != null);
  }

  private void mail(
      MunicipalityId municipality, Walk walk, String recipient, String token, String key) {
    StringBuilder meetings = new StringBuilder();
    int n = 1;
    for (Meeting meeting : walk.meetings()) {
      meetings
          .append(messages.getMessage("walk.meeting." + n++, null, SWEDISH))
          .append(", ")
          .append(
              meeting
                  .at()
                  .format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH:mm", SWEDISH)))
          .append(", ")
          .append(meeting.place())
          .append('\n');
    }
    Object[] args = {
      walk.title(),
      meetings.toString().strip(),
      links.cancel(municipality, token),
      links.walk(municipality, walk.id())
    };
    outbox.queue(
        municipality,
        recipient,
        messages.getMessage(key + ".subject", args, SWEDISH),
        messages.getMessage(key + ".body", args, SWEDISH));
  }

  /** What a private link shows, if the link is valid. */
  public Optional<Holding> holding(String token) {
    if (!SecretTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return repository
        .registrationByToken(SecretTokens.hash(token))
        .map(held -> new Holding(held.walkId(), held.cancelled()));
  }

  /** The walk a cancel link belongs to, if the link is valid. */
  public Optional<UUID> walkOf(String token) {
    if (!SecretTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return repository
        .registrationByToken(SecretTokens.hash(token))
        .map(WalkRepository.Held::walkId);
  }

  /** Cancels through the private link; true if a registration was cancelled now. */
  @Transactional
  public boolean cancel(String token) {
    if (!SecretTokens.wellFormed(token)) {
      return false;
    }
    Optional<WalkRepository.Held> held = repository.registrationByToken(SecretTokens.hash(token));
    if (held.isEmpty() || held.get().cancelled()) {
      return false;
    }
    if (repository.cancel(held.get().registrationId())) {
      repository.releasePlace(held.get().walkId());
      return true;
    }
    return false;
  }
}
