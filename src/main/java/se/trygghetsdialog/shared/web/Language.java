package se.trygghetsdialog.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface languages: each with its tag (the {@code ?lang=} value, the cookie value and the
 * suffix of its bundle files), its name written in the language itself (never a flag), its writing
 * direction and whether it is offered to residents. A language in progress is not offered: its
 * bundles may be incomplete, and it can be chosen only once it is complete for the resident texts
 * (ResidentTextsTest). Staff pages are written in Swedish and English only; every other language
 * falls back to Swedish on staff pages.
 *
 * <p>Lättläst svenska is the variant {@code sv-lattlast} of Swedish (a well-formed BCP 47 tag; the
 * bundle files are {@code <module>_sv__lattlast.properties}); a key it lacks falls back to ordinary
 * Swedish.
 */
public enum Language {
  SWEDISH("sv", "Svenska", false, true),
  EASY_SWEDISH("sv-lattlast", "Lättläst svenska", false, false),
  ENGLISH("en", "English", false, true),
  ARABIC("ar", "العربية", true, true),
  SOMALI("so", "Soomaali", false, false),
  TIGRINYA("ti", "ትግርኛ", false, false),
  PERSIAN("fa", "فارسی", true, false);

  private final String tag;
  private final String ownName;
  private final boolean rightToLeft;
  private final boolean offered;

  Language(String tag, String ownName, boolean rightToLeft, boolean offered) {
    this.tag = tag;
    this.ownName = ownName;
    this.rightToLeft = rightToLeft;
    this.offered = offered;
  }

  public String tag() {
    return tag;
  }

  /** The language's name in itself, e.g. العربية. */
  public String ownName() {
    return ownName;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** Whether residents can choose it; false while its translation is in progress. */
  public boolean offered() {
    return offered;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * The suffix of its bundle files, e.g. {@code _ar} or {@code _sv__lattlast}; empty for Swedish.
   */
  public String bundleSuffix() {
    return this == SWEDISH ? "" : "_" + locale().toString();
  }

  /** The languages residents can choose, in the order they are listed. */
  public static List<Language> offeredLanguages() {
    return Arrays.stream(values()).filter(Language::offered).toList();
  }

  /** The offered language with this tag, if any. */
  public static Optional<Language> offered(String tag) {
    return offeredLanguages().stream().filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
  }

  /** The language of a page locale; Swedish for anything unknown. */
  public static Language of(Locale locale) {
    String tag = locale.toLanguageTag();
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag)) {
        return language;
      }
    }
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(locale.getLanguage())) {
        return language;
      }
    }
    return SWEDISH;
  }
}
