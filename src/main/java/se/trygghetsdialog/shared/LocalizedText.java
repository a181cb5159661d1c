package se.trygghetsdialog.shared;

import java.util.Locale;

/** Content entered by staff in Swedish and, optionally, English; Swedish is the fallback. */
public record LocalizedText(String sv, String en) {

  public LocalizedText {
    sv = sv == null ? "" : sv;
    en = en == null ? "" : en;
  }

  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) && !en.isBlank() ? en : sv;
  }
}
