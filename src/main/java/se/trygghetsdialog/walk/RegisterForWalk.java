package se.trygghetsdialog.walk;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.SecretTokens;
import se.trygghetsdialog.shared.web.FormText;

/**
 * A resident registers for a walk. The place is taken with one conditional UPDATE of the walk's
 * counter, so two residents racing for the last place cannot both get it.
 */
@Service
public class RegisterForWalk {

  public static final int MAX_NAME = 100;

  public record Input(
      String name,
      @Nullable String email,
      boolean consent,
      WalkerGroup group,
      String accessibility) {}

  /** The private cancel link's token (shown once, only its hash is stored). */
  public record Receipt(UUID registrationId, String cancelToken) {}

  private final WalkRepository repository;
  private final PersonalDataScreener screener;

  RegisterForWalk(WalkRepository repository, PersonalDataScreener screener) {
    this.repository = repository;
    this.screener = screener;
  }

  /**
   * @throws WalkRuleViolation if the input is wrong, the walk is over or it is full
   */
  @Transactional
  public Receipt register(MunicipalityId municipality, UUID walkId, Input input) {
    Walk walk =
        repository
            .find(municipality, walkId)
            .orElseThrow(() -> new WalkRuleViolation("", "walk.error.notFound"));
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
    // A double tap or a resent form: the same address once per walk. Checked after takePlace,
    // whose row lock makes a simultaneous second request wait and then see the first one.
    if (input.email() != null
        && repository.registrations(walkId).stream()
            .anyMatch(r -> r.cancelledAt() == null && input.email().equalsIgnoreCase(r.email()))) {
      throw new WalkRuleViolation("email", "walk.error.email.registered");
    }
    boolean flagged =
        !input.accessibility().isEmpty() && screener.screen(input.accessibility()).flagged();
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
    return new Receipt(id, token);
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
