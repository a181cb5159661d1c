package se.trygghetsdialog.feedback;

import java.util.Optional;
import java.util.function.Function;

/**
 * The secret tokens in confirmation and unsubscribe links: 32 random bytes, URL-safe base64. Only
 * their SHA-256 is stored, so the database alone cannot be used to act for a follower.
 */
final class FollowerTokens {

  private FollowerTokens() {}

  static String newToken() {
    return se.trygghetsdialog.shared.SecretTokens.newToken();
  }

  /** Whether the text can be a token at all; anything else is refused without a lookup. */
  static boolean wellFormed(String token) {
    return se.trygghetsdialog.shared.SecretTokens.wellFormed(token);
  }

  static String hash(String token) {
    return se.trygghetsdialog.shared.SecretTokens.hash(token);
  }

  /** The follower a link's token is for, looked up by its hash; none for a malformed token. */
  static Optional<Follower> follower(String token, Function<String, Optional<Follower>> byHash) {
    return wellFormed(token) ? byHash.apply(hash(token)) : Optional.empty();
  }
}
