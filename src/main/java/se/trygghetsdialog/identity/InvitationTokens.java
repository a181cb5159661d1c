package se.trygghetsdialog.identity;

/**
 * Invitation tokens: 32 random bytes sent in the link; only their SHA-256 is stored, so a copy of
 * the database does not let anyone activate an account.
 */
final class InvitationTokens {

  private InvitationTokens() {}

  static String newToken() {
    return se.trygghetsdialog.shared.SecretTokens.newToken();
  }

  static String hash(String token) {
    return se.trygghetsdialog.shared.SecretTokens.hash(token);
  }
}
