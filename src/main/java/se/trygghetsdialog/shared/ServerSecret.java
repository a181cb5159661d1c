package se.trygghetsdialog.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The installation's secret key, for what the server hands to browsers instead of keeping it in a
 * session: {@link #sign signed} values (CSRF cookie, fill-time stamps) and {@link #seal sealed}
 * ones (encrypted and authenticated, e.g. one-time notices after a redirect). Every purpose gets
 * its own key derived from the master key, so a value signed for one purpose is never valid for
 * another. The master key is the configured {@code app.secret} ({@code APP_SECRET}) or else a
 * random key stored once in the database, so every node of an installation shares it and a restart
 * keeps it.
 */
public final class ServerSecret {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

  private final Supplier<byte[]> source;
  private volatile byte @Nullable [] master;
  private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

  /** A secret read on first use, so that the database is only asked once it is migrated. */
  public ServerSecret(Supplier<byte[]> source) {
    this.source = source;
  }

  /** A fixed secret, e.g. for unit tests. */
  public static ServerSecret of(String secret) {
    byte[] key = sha256(secret.getBytes(StandardCharsets.UTF_8));
    return new ServerSecret(() -> key);
  }

  private byte[] master() {
    byte[] key = master;
    if (key == null) {
      key = source.get();
      master = key;
    }
    return key;
  }

  /**
   * The key of the purpose, derived once: every signed or sealed value of a request (CSRF cookie,
   * fill-time stamp, flash cookie) would otherwise derive it again.
   */
  private byte[] key(String purpose) {
    return keys.computeIfAbsent(
        purpose, p -> hmac(master(), ("purpose:" + p).getBytes(StandardCharsets.UTF_8)));
  }

  /** A signature (URL-safe base64) of the value for this purpose. */
  public String sign(String purpose, String value) {
    return B64.encodeToString(hmac(key(purpose), value.getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether the signature is this installation's for the value and purpose (constant time). */
  public boolean verify(String purpose, String value, @Nullable String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
  }

  /** The value encrypted and authenticated (AES-GCM) for this purpose, as URL-safe base64. */
  public String seal(String purpose, String value) {
    try {
      byte[] iv = new byte[12];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(key(purpose), "AES"),
          new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return B64.encodeToString(
          ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The value sealed by {@link #seal} for this purpose; empty if altered, foreign or garbage. */
  public Optional<String> unseal(String purpose, @Nullable String sealed) {
    if (sealed == null || sealed.isEmpty()) {
      return Optional.empty();
    }
    try {
      byte[] bytes = UNB64.decode(sealed);
      if (bytes.length < 12 + 16) {
        return Optional.empty();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(key(purpose), "AES"),
          new GCMParameterSpec(128, bytes, 0, 12));
      return Optional.of(
          new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /** A new random key of 32 bytes. */
  public static byte[] newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  static byte[] sha256(byte[] value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, byte[] value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(value);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
