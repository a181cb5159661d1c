package se.trygghetsdialog.feedback;

import java.util.regex.Pattern;

/** The shape check for an e-mail address typed by a resident; delivery proves the rest. */
public final class EmailAddress {

  /** RFC 5321 limits a forward path to 254 characters. */
  public static final int MAX_LENGTH = 254;

  private static final Pattern SHAPE =
      Pattern.compile(
          "[^@\\s\"<>(),;:\\\\\\[\\]]+@[^@\\s\"<>(),;:\\\\\\[\\]]+\\.[^@\\s\"<>(),;:\\\\\\[\\].]{2,}");

  private EmailAddress() {}

  public static boolean valid(String address) {
    return address.length() <= MAX_LENGTH
        && SHAPE.matcher(address).matches()
        && !address.contains("..");
  }
}
