package se.trygghetsdialog.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret tokens in confirmation and unsubscribe links: 32 random bytes, URL-safe base64. Only
 * their SHA-256 is stored, so the database alone cannot be used to act for a follower.
 */
final class FollowerTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private FollowerTokens() {}

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether the text can be a token at all; anything else is refused without a lookup. */
  static boolean wellFormed(String token) {
    return SHAPE.matcher(token).matches();
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
