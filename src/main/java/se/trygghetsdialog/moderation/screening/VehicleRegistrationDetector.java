package se.trygghetsdialog.moderation.screening;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.trygghetsdialog.moderation.Finding;
import se.trygghetsdialog.moderation.PersonalDataKind;

/**
 * Finds Swedish vehicle registration numbers: three letters and three digits ({@code ABC 123}) or,
 * since 2019, three letters, two digits and a letter ({@code ABC 12A}).
 *
 * <p>Transportstyrelsen does not use I, Q, V, Å, Ä or Ö, and not O as the final letter. Plates are
 * written in capitals; a lower-case candidate counts only after a word such as "reg", "bil" or
 * "skylt", so that "som 100 personer" is never a plate. Common capital abbreviations that fit the
 * pattern (SOS, SMS, ...) are excluded.
 */
public final class VehicleRegistrationDetector implements Detector {

  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])([A-Za-z]{3})[ \\u00a0-]?(\\d{2})([0-9A-Za-z])(?![\\p{L}\\p{N}])");

  private static final Pattern CUE =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:reg|regnr|reg\\.nr|regnummer|reg\\.nummer|registreringsnr|registreringsnummer|registreringsskylt|skylt|skylten|"
              + "nummerplåt|nummerplåten|bil|bilen|bilar|moped|mopeden|mc|motorcykel|lastbil|"
              + "lastbilen|husbil|van|skåpbil|skåpbilen|epa|epatraktor|a-traktor|nr)"
              + "[^\\p{L}\\p{N}]{1,4}(?:\\p{L}+[^\\p{L}\\p{N}]{1,3}){0,3}$");

  private static final Set<String> ABBREVIATIONS =
      Set.of("SOS", "SMS", "LSS", "EST", "SKR", "MSB", "SFI", "SVT", "BUP", "SMHI", "GPS", "USB");

  /** Three-letter Swedish words that a lower-case candidate after a cue must not be. */
  private static final Set<String> COMMON_WORDS =
      Set.of(
          "som", "och", "den", "det", "men", "att", "har", "kan", "ska", "får", "man", "sig", "mig",
          "dig", "han", "hon", "hen", "nej", "jag", "för", "med", "kör", "går", "bor", "hus", "nya",
          "tre", "ett", "två", "fem", "sex", "sju", "tio", "mer", "ger", "tog", "sen", "nog", "bra",
          "dag", "min", "din", "sin", "var", "vid", "typ", "cca", "mot", "per", "kom", "gav", "era",
          "dom", "dem");

  private static final String USED_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ";

  @Override
  public void detect(String text, List<Finding> out) {
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String letters = m.group(1);
      String last = m.group(3);
      String upperLetters = letters.toUpperCase(WordLists.SWEDISH);
      if (!usesOnlyPlateLetters(upperLetters) || ABBREVIATIONS.contains(upperLetters)) {
        continue;
      }
      char lastChar = Character.toUpperCase(last.charAt(0));
      if (Character.isLetter(lastChar) && (lastChar == 'O' || USED_LETTERS.indexOf(lastChar) < 0)) {
        continue;
      }
      boolean capitals = letters.equals(upperLetters) && last.equals(last.toUpperCase());
      if (!capitals
          && (COMMON_WORDS.contains(WordLists.lower(letters)) || !hasCue(text, m.start()))) {
        continue;
      }
      out.add(new Finding(PersonalDataKind.VEHICLE_REGISTRATION, m.start(), m.end()));
    }
  }

  private static boolean usesOnlyPlateLetters(String letters) {
    for (int i = 0; i < letters.length(); i++) {
      if (USED_LETTERS.indexOf(letters.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasCue(String text, int start) {
    return CUE.matcher(text.substring(Math.max(0, start - 40), start)).find();
  }
}
