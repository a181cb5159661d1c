package se.trygghetsdialog.moderation.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Loads the word lists shipped under {@code src/main/resources/moderation}. */
public final class WordLists {

  static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private WordLists() {}

  /**
   * Reads a UTF-8 classpath resource: one entry a line, lower-cased, trimmed, inner whitespace
   * collapsed; blank lines and lines starting with {@code #} are skipped.
   */
  public static Set<String> load(String resource) {
    InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing word list on the classpath: " + resource);
    }
    Set<String> entries = new LinkedHashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        entries.add(entry.replaceAll("\\s+", " ").toLowerCase(SWEDISH));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return Set.copyOf(entries);
  }

  static String lower(String s) {
    return s.toLowerCase(SWEDISH);
  }
}
