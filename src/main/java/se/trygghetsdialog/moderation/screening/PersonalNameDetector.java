package se.trygghetsdialog.moderation.screening;

import java.util.List;
import java.util.Set;
import se.trygghetsdialog.moderation.Finding;
import se.trygghetsdialog.moderation.PersonalDataKind;

/**
 * Finds personal names using the shipped lists of common Swedish first names and surnames.
 *
 * <p>Precision rules, in order:
 *
 * <ul>
 *   <li>A capitalised name counts ("Anna"); a name in lower case counts when it is not also an
 *       ordinary word ({@code ambiguous.txt}, {@code lower-case-words.txt}: "jan", "linda"), so
 *       that "vi frågade mustafa" and "anna karlsson" count but "5 jan" does not.
 *   <li>Place names ({@code places.txt}) never count.
 *   <li>Names that are also ordinary words ({@code ambiguous.txt}: Bo, Sten, Björn, Hans, Inga,
 *       Berg, Lund ...) count only next to another name ("Bo Ek") or after a cue such as
 *       "familjen", "grannen" or "herr".
 *   <li>A single name at the start of a sentence counts only if it is not ambiguous.
 *   <li>A name followed by an institution or shop word, directly or after one more capitalised word
 *       ("Gustav Adolfs torg", "Anna skolan", "Ali Baba Livs", "Hassans pizzeria"), is a place or
 *       business.
 * </ul>
 */
public final class PersonalNameDetector implements Detector {

  private static final Set<String> CUES =
      Set.of(
          "familjen",
          "familj",
          "grannen",
          "granne",
          "herr",
          "fru",
          "fröken",
          "tant",
          "farbror",
          "killen",
          "tjejen",
          "mannen",
          "kvinnan",
          "pojken",
          "flickan",
          "sonen",
          "dottern",
          "heter",
          "hette",
          "kallas",
          "kallad",
          "kompisen",
          "brorsan",
          "syrran");

  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "torg",
          "torget",
          "gata",
          "gatan",
          "väg",
          "vägen",
          "park",
          "parken",
          "skola",
          "skolan",
          "skolas",
          "kyrka",
          "kyrkan",
          "plan",
          "hall",
          "hallen",
          "gymnasium",
          "gymnasiet",
          "bibliotek",
          "biblioteket",
          "center",
          "centrum",
          "stadion",
          "arena",
          "arenan",
          "förskola",
          "förskolan",
          "äldreboende",
          "äldreboendet",
          "bro",
          "bron",
          "kaj",
          "kajen",
          "udde",
          "udden",
          "hamn",
          "hamnen",
          "ab",
          "hb",
          "kb",
          "stiftelse",
          "stiftelsen",
          "minnesfond",
          "pris",
          "priset",
          "dag",
          "dagen",
          "livs",
          "pizzeria",
          "pizzerian",
          "kebab",
          "grill",
          "grillen",
          "bygg",
          "frisör",
          "frisörsalong",
          "kiosk",
          "kiosken",
          "bageri",
          "café",
          "kafé",
          "restaurang",
          "städ",
          "måleri",
          "handel",
          "trafikskola",
          "konditori",
          "taxi",
          "hotell",
          "bar");

  private final Set<String> firstNames;
  private final Set<String> surnames;
  private final Set<String> ambiguous;
  private final Set<String> places;
  private final Set<String> lowerCaseWords;

  public PersonalNameDetector(
      Set<String> firstNames, Set<String> surnames, Set<String> ambiguous, Set<String> places) {
    this(firstNames, surnames, ambiguous, places, Set.of());
  }

  /**
   * With {@code lowerCaseWords}: listed names that, written in lower case and alone, are ordinary
   * words and not counted.
   */
  public PersonalNameDetector(
      Set<String> firstNames,
      Set<String> surnames,
      Set<String> ambiguous,
      Set<String> places,
      Set<String> lowerCaseWords) {
    this.firstNames = Set.copyOf(firstNames);
    this.surnames = Set.copyOf(surnames);
    this.ambiguous = Set.copyOf(ambiguous);
    this.places = Set.copyOf(places);
    this.lowerCaseWords = Set.copyOf(lowerCaseWords);
  }

  /** Loads the lists under {@code moderation/names/} from the classpath. */
  public static PersonalNameDetector fromClasspath() {
    return new PersonalNameDetector(
        WordLists.load("moderation/names/first-names.txt"),
        WordLists.load("moderation/names/surnames.txt"),
        WordLists.load("moderation/names/ambiguous.txt"),
        WordLists.load("moderation/names/places.txt"),
        WordLists.load("moderation/names/lower-case-words.txt"));
  }

  @Override
  public void detect(String text, List<Finding> out) {
    Tokens tokens = Tokens.of(text);
    int i = 0;
    while (i < tokens.size()) {
      int next = detectAt(tokens, i, out);
      i = next > i ? next : i + 1;
    }
  }

  /** Returns the index after the name found at {@code i}, or {@code i} if none. */
  private int detectAt(Tokens tokens, int i, List<Finding> out) {
    if (!tokens.capitalised(i)) {
      return lowerCaseFullName(tokens, i, out);
    }
    if (!isName(tokens.lower(i))) {
      return i;
    }
    int last = i;
    boolean hasSurname = false;
    while (tokens.adjacent(last)
        && tokens.capitalised(last + 1)
        && isName(tokens.lower(last + 1))) {
      last++;
      hasSurname |= isSurname(tokens.lower(last));
    }
    if (namesAPlace(tokens, last)) {
      return last + 1;
    }
    if (last > i) {
      boolean trusted =
          hasSurname || !tokens.sentenceStart(i) || !ambiguous.contains(baseForm(tokens.lower(i)));
      if (trusted) {
        out.add(new Finding(PersonalDataKind.PERSONAL_NAME, tokens.start(i), tokens.end(last)));
      }
      return last + 1;
    }
    String word = baseForm(tokens.lower(i));
    boolean cued = i > 0 && CUES.contains(tokens.lower(i - 1)) && !tokens.boundaryAfter(i - 1);
    if (ambiguous.contains(word) && !cued) {
      return i + 1;
    }
    out.add(new Finding(PersonalDataKind.PERSONAL_NAME, tokens.start(i), tokens.end(i)));
    return i + 1;
  }

  /**
   * Whether the name ending at token {@code last} is part of a place or organisation name: "Anna
   * skolan", or with one genitive word in between, "Gustav Adolfs torg".
   */
  private static boolean namesAPlace(Tokens tokens, int last) {
    if (!tokens.adjacent(last)) {
      return false;
    }
    if (INSTITUTION_WORDS.contains(tokens.lower(last + 1))) {
      return true;
    }
    return tokens.capitalised(last + 1)
        && tokens.adjacent(last + 1)
        && INSTITUTION_WORDS.contains(tokens.lower(last + 2));
  }

  private int lowerCaseFullName(Tokens tokens, int i, List<Finding> out) {
    String first = tokens.lower(i);
    if (ambiguous.contains(first)) {
      return i;
    }
    if (firstNames.contains(first) && tokens.adjacent(i)) {
      String second = baseForm(tokens.lower(i + 1));
      if (surnames.contains(second) && !ambiguous.contains(second) && !places.contains(second)) {
        out.add(new Finding(PersonalDataKind.PERSONAL_NAME, tokens.start(i), tokens.end(i + 1)));
        return i + 2;
      }
    }
    String word = baseForm(first);
    if (!tokens.word(i).equals(first)
        || lowerCaseWords.contains(first)
        || lowerCaseWords.contains(word)
        || ambiguous.contains(word)
        || !isName(first)
        || namesAPlace(tokens, i)) {
      return i;
    }
    out.add(new Finding(PersonalDataKind.PERSONAL_NAME, tokens.start(i), tokens.end(i)));
    return i + 1;
  }

  private boolean isName(String lower) {
    String word = baseForm(lower);
    if (places.contains(lower) || places.contains(word)) {
      return false;
    }
    return firstNames.contains(word) || surnames.contains(word) || hyphenatedName(word);
  }

  private boolean isSurname(String lower) {
    return surnames.contains(baseForm(lower));
  }

  private boolean hyphenatedName(String word) {
    int dash = word.indexOf('-');
    if (dash <= 0 || dash == word.length() - 1) {
      return false;
    }
    for (String part : word.split("-")) {
      if (!firstNames.contains(part) && !surnames.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /** The listed form of a word: itself, or without a genitive s ("Kalles" → "kalle"). */
  private String baseForm(String lower) {
    if (firstNames.contains(lower) || surnames.contains(lower) || lower.length() < 4) {
      return lower;
    }
    if (lower.endsWith("s") || lower.endsWith("’") || lower.endsWith("'")) {
      String stem = lower.substring(0, lower.length() - 1);
      if (stem.endsWith("'") || stem.endsWith("’")) {
        stem = stem.substring(0, stem.length() - 1);
      }
      if (firstNames.contains(stem) || surnames.contains(stem)) {
        return stem;
      }
    }
    return lower;
  }
}
