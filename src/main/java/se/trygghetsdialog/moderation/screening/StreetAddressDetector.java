package se.trygghetsdialog.moderation.screening;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.trygghetsdialog.moderation.Finding;
import se.trygghetsdialog.moderation.PersonalDataKind;

/**
 * Finds street addresses with a house number: {@code Storgatan 12}, {@code Kungsgatan 3B}, {@code
 * Södra vägen 4}, {@code Rosviksvägen nr 7}. A street name without a number points to a place, not
 * to a home, and is not personal data: "Storgatan är mörk" is not flagged.
 */
public final class StreetAddressDetector implements Detector {

  private static final String SUFFIX =
      "(?:gatan|gata|vägen|väg|gränd|gränden|stigen|stig|backen|backe|torget|torg|allén|allé|alle|"
          + "plan|planen|leden|esplanaden|platsen|kajen|stranden|promenaden|slingan|ringen|kroken|"
          + "gången|liden|höjden|parken|tået|vägen)";
  private static final String SEPARATE_SUFFIX =
      "(?:gatan|gata|vägen|väg|gränd|gränden|stigen|backen|torget|torg|allén|allé|plan|leden|"
          + "esplanaden|platsen|kajen|stranden|gången|slingan|liden|kroken|höjden)";

  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(\\p{Lu}\\p{Ll}+)\\s+"
              + SEPARATE_SUFFIX
              + "|(?:(?:Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya|Övre|Nedre|Sankt|S:t)\\s+)?"
              + "\\p{Lu}[\\p{L}-]*?"
              + SUFFIX
              + ")\\s+(?:nr\\.?\\s?|nummer\\s+)?\\d{1,3}(?:\\s?[A-Ha-h](?![\\p{L}\\p{N}]))?"
              + "(?:\\s?[-\\u2013]\\s?\\d{1,3}(?![\\p{N}]))?"
              + "(?![\\p{L}\\p{N}]|[.,:]\\d|\\s*(?:kr|kronor|personer|pers|st|stycken|meter|m|km|"
              + "minuter|min|timmar|år|procent|gånger|ggr|ungdomar|barn|bilar|cyklar)\\b)",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** Capitalised words that start a sentence rather than name a street ("Vid torget 3 ..."). */
  private static final Set<String> NOT_A_STREET_NAME =
      Set.of(
          "i",
          "på",
          "vid",
          "efter",
          "längs",
          "över",
          "mot",
          "från",
          "till",
          "den",
          "det",
          "hela",
          "samma",
          "nya",
          "gamla",
          "en",
          "ett",
          "vår",
          "min",
          "din",
          "er",
          "vilken",
          "denna",
          "detta",
          "genom",
          "utmed",
          "förbi",
          "runt",
          "under",
          "bakom",
          "framför",
          "nedanför",
          "ovanför",
          "bortom",
          "om",
          "när",
          "där",
          "här",
          "och",
          "men",
          "eller",
          "att",
          "som");

  /** Numbered public roads ("Riksväg 162", "länsväg 161") are places, not homes. */
  private static final Pattern ROAD_NUMBER =
      Pattern.compile(
          "(?iu)(?:riksväg|riksvägen|länsväg|länsvägen|europaväg|europavägen|motorväg|"
              + "motorvägen|väg|vägen|landsväg|landsvägen|genomfartsled|genomfartsleden)\\s");

  @Override
  public void detect(String text, List<Finding> out) {
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      String firstWord = m.group(1);
      if (firstWord != null && NOT_A_STREET_NAME.contains(WordLists.lower(firstWord))) {
        continue;
      }
      if (ROAD_NUMBER.matcher(m.group()).lookingAt()) {
        continue;
      }
      out.add(new Finding(PersonalDataKind.STREET_ADDRESS, m.start(), m.end()));
    }
  }
}
