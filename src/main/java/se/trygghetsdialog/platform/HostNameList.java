package se.trygghetsdialog.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Host names as an operator types them: one per line, or separated by commas or spaces. */
final class HostNameList {

  private static final Pattern HOST =
      Pattern.compile(
          "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");

  private HostNameList() {}

  /** Splits typed text into host names: lower case, without a trailing dot, each once. */
  static List<String> parse(@Nullable String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[\\s,;]+"))
        .map(h -> h.toLowerCase(Locale.ROOT))
        .map(h -> h.endsWith(".") ? h.substring(0, h.length() - 1) : h)
        .filter(h -> !h.isEmpty())
        .distinct()
        .toList();
  }

  /** Whether one name is a syntactically valid DNS host name. */
  static boolean valid(String host) {
    return host.length() <= 253 && HOST.matcher(host).matches();
  }
}
