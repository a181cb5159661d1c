package se.trygghetsdialog.moderation.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.trygghetsdialog.moderation.Finding;
import se.trygghetsdialog.moderation.PersonalDataKind;

/**
 * Finds words of one GDPR Art. 9 category (health, ethnicity, religion, sexuality) from a shipped
 * Swedish word list. Matching is case-insensitive on whole words; an entry may span up to three
 * words ("psykiskt sjuk"), and an entry ending in {@code *} matches every word starting with it, so
 * that inflections and compounds are covered ("schizofren*" covers "schizofrena"). An optional list
 * of phrases ({@code <name>-phrases.txt}, one regular expression a line) finds what a single word
 * does not: a practice ("ber i moskén"), a relationship ("hans pojkvän"), an origin ("kommer från
 * Irak"). A nationality adjective before a thing ("thailändska restaurangen", "polsk korv") is not
 * about people.
 */
public final class SensitiveWordDetector implements Detector {

  private static final int MAX_WORDS = 3;
  private static final int MIN_PREFIX = 3;

  private static final Set<String> LANGUAGE_CUES =
      Set.of(
          "på",
          "till",
          "från",
          "talar",
          "pratar",
          "tala",
          "prata",
          "läsa",
          "läser",
          "skriva",
          "översatt",
          "översätta",
          "översättning",
          "tolk",
          "modersmål",
          "språket",
          "språk",
          "språken",
          "exempel",
          "annat",
          "både",
          "lära");

  /** Nouns for things: a nationality adjective before one of them is not about people. */
  private static final Set<String> THINGS =
      Set.of(
          "restaurang",
          "restaurangen",
          "mat",
          "maten",
          "korv",
          "korven",
          "affär",
          "affären",
          "butik",
          "butiken",
          "flagga",
          "flaggan",
          "flaggor",
          "bil",
          "bilen",
          "bilar",
          "öl",
          "godis",
          "musik",
          "musiken",
          "film",
          "filmer",
          "kök",
          "köket",
          "pizzeria",
          "pizzerian",
          "bageri",
          "bageriet",
          "ambassad",
          "ambassaden",
          "kronor",
          "varor",
          "produkter",
          "tv",
          "kanaler",
          "kusten",
          "gränsen",
          "båt",
          "båten",
          "båtar",
          "turistbussar",
          "korvar",
          "delikatesser",
          "bröd",
          "ost",
          "choklad",
          "salong",
          "massagesalong",
          "frisörsalong",
          "kiosk",
          "kiosken",
          "gatukök",
          "rätter",
          "specialiteter",
          "nationaldag",
          "nationaldagen",
          "landslaget",
          "laget",
          "skylt",
          "skyltar",
          "lastbil",
          "lastbilar",
          "buss",
          "bussar",
          "fartyg",
          "kaffe",
          "te",
          "vodka",
          "vin");

  /** Endings of compound nouns for things: "thailändsk massagesalong", "polsk matbutik". */
  private static final List<String> THING_ENDINGS =
      List.of("salong", "butik", "affär", "restaurang", "skylt", "skyltar", "flagga", "rätter");

  private final PersonalDataKind kind;
  private final Pattern phrases;
  private final Set<String> exact;
  private final Set<String> prefixes;

  /** The longest prefix entry: no longer candidate needs a look-up (keeps a long word linear). */
  private final int longestPrefix;

  public SensitiveWordDetector(PersonalDataKind kind, Set<String> entries) {
    this(kind, entries, List.of());
  }

  /** With {@code phrases}: regular expressions matched case-insensitively on whole words. */
  public SensitiveWordDetector(PersonalDataKind kind, Set<String> entries, List<String> phrases) {
    this.kind = kind;
    this.phrases =
        phrases.isEmpty()
            ? null
            : Pattern.compile(
                phrases.stream()
                    .map(phrase -> "(?:" + phrase + ")")
                    .collect(
                        Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    Set<String> exactEntries = new HashSet<>();
    Set<String> prefixEntries = new HashSet<>();
    for (String entry : entries) {
      if (entry.endsWith("*")) {
        prefixEntries.add(entry.substring(0, entry.length() - 1));
      } else {
        exactEntries.add(entry);
      }
    }
    this.exact = Set.copyOf(exactEntries);
    this.prefixes = Set.copyOf(prefixEntries);
    this.longestPrefix = prefixEntries.stream().mapToInt(String::length).max().orElse(0);
  }

  /** Loads {@code moderation/sensitive/<name>.txt} from the classpath. */
  public static SensitiveWordDetector fromClasspath(PersonalDataKind kind, String name) {
    return new SensitiveWordDetector(
        kind,
        WordLists.load("moderation/sensitive/" + name + ".txt"),
        phrases("moderation/sensitive/" + name + "-phrases.txt"));
  }

  /** The regular expressions of a phrase list, or none when there is no such resource. */
  private static List<String> phrases(String resource) {
    try (InputStream in =
        SensitiveWordDetector.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read phrase list " + resource, e);
    }
  }

  @Override
  public void detect(String text, List<Finding> out) {
    if (phrases != null) {
      Matcher m = phrases.matcher(text);
      while (m.find()) {
        out.add(new Finding(kind, m.start(), m.end()));
      }
    }
    Tokens tokens = Tokens.of(text);
    int i = 0;
    while (i < tokens.size()) {
      int matched = longestMatch(tokens, i);
      if (matched == 1 && (namesALanguage(tokens, i) || describesAThing(tokens, i))) {
        matched = 0;
      }
      if (matched == 0) {
        matched = firstPartOfCompound(tokens, i);
      }
      if (matched > 0) {
        out.add(new Finding(kind, tokens.start(i), tokens.end(i + matched - 1)));
        i += matched;
      } else {
        i++;
      }
    }
  }

  /** "gay-par", "muslim-kvinnan": a hyphenated compound whose first part is an entry. */
  private int firstPartOfCompound(Tokens tokens, int i) {
    String word = tokens.lower(i);
    int dash = word.indexOf('-');
    if (dash < MIN_PREFIX - 1) {
      return 0;
    }
    String head = word.substring(0, dash);
    if (exact.contains(head)) {
      return 1;
    }
    for (int len = Math.min(head.length(), longestPrefix); len >= MIN_PREFIX; len--) {
      if (prefixes.contains(head.substring(0, len))) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * Whether token {@code i} names a language rather than people: "på arabiska och somaliska",
   * "talar polska". Information in many languages is something the product offers, not personal
   * data.
   */
  private boolean namesALanguage(Tokens tokens, int i) {
    if (kind != PersonalDataKind.ETHNICITY || i == 0 || !tokens.lower(i).endsWith("ska")) {
      return false;
    }
    for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
      String previous = tokens.lower(j);
      if (LANGUAGE_CUES.contains(previous)) {
        return true;
      }
      if (!previous.equals("och") && !previous.equals("eller") && !previous.endsWith("ska")) {
        return false;
      }
    }
    return false;
  }

  /** Whether token {@code i} is a nationality adjective before a thing: "polsk korv". */
  private boolean describesAThing(Tokens tokens, int i) {
    return kind == PersonalDataKind.ETHNICITY
        && tokens.adjacent(i)
        && tokens.lower(i).matches(".*sk[at]?")
        && (THINGS.contains(tokens.lower(i + 1))
            || THING_ENDINGS.stream().anyMatch(tokens.lower(i + 1)::endsWith));
  }

  /** The number of words of the longest entry matching at token {@code i}, or 0. */
  private int longestMatch(Tokens tokens, int i) {
    int maxWords = 1;
    while (maxWords < MAX_WORDS && tokens.adjacent(i + maxWords - 1)) {
      maxWords++;
    }
    for (int n = maxWords; n >= 1; n--) {
      StringBuilder phrase = new StringBuilder();
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          phrase.append(' ');
        }
        phrase.append(tokens.lower(i + k));
      }
      String candidate = phrase.toString();
      if (exact.contains(candidate)) {
        return n;
      }
      int lastWordStart = candidate.length() - tokens.lower(i + n - 1).length();
      for (int len = Math.min(candidate.length(), longestPrefix);
          len >= lastWordStart + MIN_PREFIX;
          len--) {
        if (prefixes.contains(candidate.substring(0, len))) {
          return n;
        }
      }
    }
    return 0;
  }
}
