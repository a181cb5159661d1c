package se.trygghetsdialog.moderation.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import se.trygghetsdialog.moderation.Finding;
import se.trygghetsdialog.moderation.PersonalDataKind;

/**
 * Finds allegations that an identifiable person commits or has committed a crime (GDPR Art. 10): a
 * crime predicate ("säljer knark", "langar", "stjäl", "misshandlar", "är pedofil", "har suttit
 * inne") whose subject is a person reference — a pronoun (han, hon, hen), a role noun that points
 * to one person (grannen, killen, mannen ...) or a personal name.
 *
 * <p>General statements are not allegations: a passive verb ("det säljs narkotika vid stationen"),
 * an indefinite subject ("någon har klottrat", "ungdomar langar"), or no crime predicate at all
 * ("Polisen borde synas mer"). The finding covers the crime predicate only; the person reference is
 * flagged separately when it is a name.
 */
@RequiredArgsConstructor
public final class CrimeAllegationDetector implements Detector {

  private static final String DRUGS =
      "(?:knark|knarket|narkotika|narkotikan|droger|drogerna|drog|hasch|haschet|gräs|braj|weed|"
          + "marijuana|cannabis|kokain|kokainet|kola|amfetamin|tjack|heroin|spice|"
          + "ecstasy|lsd|knarkpiller|piller|pillren|tabletter|benso|tramadol|subutex|lyrica)";
  // A knife is an everyday tool in a fishing town; only carrying or brandishing it counts below.
  private static final String WEAPONS =
      "(?:vapen|vapnet|pistol|pistoler|pistolen|revolver|gevär|granat|granater|"
          + "handgranat|handgranater|sprängmedel|automatvapen)";
  private static final String KNIFE_USE =
      "(?:bär|bar|går\\s+runt\\s+med|gick\\s+runt\\s+med|viftar\\s+med|viftade\\s+med|"
          + "drog|drar|hotade\\s+med|hotar\\s+med)\\s+(?:en\\s+|sin\\s+)?(?:kniv|kniven|knivar|"
          + "machete|slagträ|batong)";
  private static final String LOOT =
      "(?:stöldgods|stulna|stulet|stulen|smuggelsprit|smuggelcigaretter|smuggelcigg|hembränt|"
          + "langsprit|svarttobak)";

  private static final String TRADE_VERBS =
      "(?:säljer|sålde|sålt|sälja|langar|langade|langat|langa|dealar|dealade|dealat|deala|förvarar|"
          + "förvarade|gömmer|gömde|gömt|smugglar|smugglade|odlar|odlade|köper|köpte|handlar med|"
          + "håller på med|röker|rökte|har|hade|bär|bar|går runt med|gick runt med|visade|"
          + "viftade med|hotade med|hotar med|sätter|satte|bär på|fixar|fixade|fixat|skaffar|"
          + "skaffade|skjutsar|skjutsade|kör|körde|levererar|levererade|pushar|pushade)";

  /** Crime verbs in every form a resident uses: present, past, supine, infinitive. */
  private static final String CRIME_VERBS =
      "(?:"
          + firstConjugation("lang")
          + "|"
          + forms("deal", "ar", "ade", "at", "a", "s")
          + "|"
          + firstConjugation("knark")
          + "|stjäl|stal|stulit|stjäla|snodde|snott|(?<!har\\s)snor|knycker|knyckte|knyckt|knycka|"
          + firstConjugation("tjuvkoppl", "norp", "nall", "paj")
          + "|"
          + firstConjugation("snatt", "misshandl")
          + "|våldtar|våldtog|våldtagit|våldta|"
          + firstConjugation("rån", "mörd", "klottr", "spray", "tafs", "smuggl")
          + "|"
          + forms("häl", "ar", "ade", "at")
          + "|"
          + firstConjugation("ofred", "antast")
          + "|"
          + forms("förfölj", "er", "de", "t", "a")
          + "|knivhögg|knivhugger|knivhuggit|knivhugga|"
          + firstConjugation("vandaliser", "trakasser")
          + "|"
          + forms("pund", "ar", "ade", "at")
          + "|(?:köper|köpte|köpt|köpa|langar|langade)\\s+ut|"
          + "(?:sköt|skjuter|skjutit|skjuta)\\s+(?:med\\s+\\p{L}+\\s+)?(?:på|mot|ihjäl)|"
          + "(?:tände|tänder|tänt|tända|satte|sätter|satt|sätta)\\s+eld\\s+på|"
          + "(?:brände|bränner|bränt|bränna)\\s+(?:bilar|bilen|en bil|ner|upp|sopkärl)|"
          + "(?:slog|slår|slagit|slå)\\s+(?:sönder|ner|ned|ihjäl)|"
          + "(?:skar|skär|skurit|skära)\\s+sönder|"
          + "(?:krossar|krossade|krossat|krossa)\\s+(?:\\p{L}+\\s+)?(?:rut|fönst|lykt|lamp|glas|"
          + "busskur|bilrut|dörr|skylt)\\p{L}*|"
          + "(?:stack|sticker|stuckit|drog|sprang|smet|smitit)\\s+(?:iväg|därifrån|härifrån)\\s+med\\s+"
          + "(?:min|mitt|mina|hans|hennes|vår|vårt|våra|deras|någons|en|ett|grannens)|"
          + "(?:körde|kört|kör)\\s+på\\s+(?:\\p{L}+\\s+){0,3}?och\\s+(?:smet|stack|körde\\s+vidare)|"
          + "(?:smet|smitit|smiter)\\s+från\\s+(?:olycksplatsen|olyckan)|"
          + "(?:tar|tog|tagit)\\s+(?:pengar|saker|grejer|varor|sprit)\\s+(?:ur|från)\\s+\\p{L}+|"
          + "(?:säljer|sålde|sålt|sälja)\\s+(?:snus|öl|sprit|alkohol|cigaretter|cigg|tobak|vape|vapes)"
          + "(?:\\s+och\\s+\\p{L}+)?\\s+(?:till|åt)\\s+(?:\\p{L}*åringar|minderåriga|barn|ungdomar|"
          + "elever|högstadie\\p{L}*|mellanstadie\\p{L}*|fjortisar)|"
          + "(?:röker|rökte|rökt|röka)\\s+på|"
          + "(?:fuskar|fuskade|fuskat|fuska)\\s+(?:med|till\\s+sig)\\s+(?:bidrag\\p{L}*|"
          + "sjukpenning\\p{L}*|a-kassan|försäkringskassan)|"
          + "(?:jobbar|jobbade|jobbat|arbetar|arbetade|arbetat)\\s+svart|"
          + "(?:tar|tog|tagit)\\s+emot\\s+svarta\\s+pengar|"
          + "(?:bröt|bryter|brutit|bryta)\\s+sig\\s+in|"
          + "(?:gör|gjorde|gjort|göra)\\s+inbrott|"
          + "(?:blottar|blottade|blottat|blotta)\\s+sig|"
          + "(?:slog|slår|slagit|slå|sparkar|sparkade|sparkat)\\s+(?:sin|sina|min|mina|hans|hennes|"
          + "vår|våra|deras|frun|barnen|hustrun|sambon|flickvännen|pojkvännen|mig|oss|honom|"
          + "henne|folk|grannarna|hunden|ungarna)|"
          + "(?:hotar|hotade|hotat|hota)\\s+(?:mig|oss|honom|henne|folk|grannarna|barnen|"
          + "personalen|sin|sina|min|mina|hans|hennes|(?:yngre\\s+|små\\s+)?(?:elever|barn|ungdomar|tjejer|"
          + "killar|kvinnor)|med\\s+(?:kniv|stryk|våld|att))|"
          + "(?:kör|körde|kört|köra)\\s+(?:(?:alltid|ofta|jämt|ibland)\\s+)?(?:bil\\s+)?(?:rattfull|rattfyllerist|full|onykter|berusad|"
          + "drogad|påverkad|utan\\s+körkort)|"
          + "(?:kör|körde|kört|köra)\\s+(?:\\p{L}+\\s+){1,3}?(?:utan\\s+körkort|påtänd|hög|drogad|"
          + "påverkad|berusad|onykter|full|rattfull))";

  /** The present, past, supine and infinitive of first-conjugation verbs, stem after stem. */
  private static String firstConjugation(String... stems) {
    return Arrays.stream(stems)
        .map(stem -> forms(stem, "ar", "ade", "at", "a"))
        .collect(Collectors.joining("|"));
  }

  private static String forms(String stem, String... endings) {
    StringBuilder alternatives = new StringBuilder();
    for (String ending : endings) {
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      alternatives.append(stem).append(ending);
    }
    return alternatives.toString();
  }

  private static final String LABELS =
      "(?:pedofil|tjuv|langare|knarklangare|knarkare|mördare|våldtäktsman|rånare|hälare|"
          + "brottsling|kriminell|gangster|gängmedlem|torped|pyroman|smugglare|sexförbrytare|"
          + "knarkhandlare|droglangare|inbrottstjuv|hallick|våldsman|fifflare|bedragare|"
          + "rattfyllerist|knarklangerska|tjuvaktig)";

  private static final String STATUS =
      "(?:(?:är|var|blev|har\\s+blivit|har\\s+varit)\\s+(?:dömd|straffad|gripen|häktad|anhållen|"
          + "misstänkt|åtalad|tagen|fälld|efterlyst|känd\\s+(?:av|hos)\\s+polisen)(?:\\s+för\\s+\\p{L}+)?|"
          + "(?:sitter|satt|har\\s+suttit|suttit)\\s+(?:i\\s+fängelse|inne|på\\s+kåken|på\\s+anstalt)|"
          + "(?:åkte|åkt|har\\s+åkt|åker)\\s+(?:fast|dit\\s+för)|"
          + "har\\s+(?:ett\\s+)?(?:långt\\s+)?(?:brottsregister|straffregister)|"
          + "(?:finns|står)\\s+i\\s+(?:brottsregistret|straffregistret)|"
          + "(?:är|var)\\s+(?:en\\s+)?(?:känd\\s+|ökänd\\s+|riktig\\s+)?"
          + LABELS
          + ")";

  private static final Pattern PREDICATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:"
              + TRADE_VERBS
              + "\\s+(?:\\p{L}+\\s+){0,2}?(?:"
              + DRUGS
              + "|"
              + WEAPONS
              + "|"
              + LOOT
              + ")|"
              + CRIME_VERBS
              + "|"
              + KNIFE_USE
              + "|"
              + STATUS
              + ")(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * A crime suffered, with the one who did it: "blev rånad av killen", "hotad av hennes före detta
   * pojkvän", "lurad på pengar av en granne". The agent after "av" must be a person reference.
   */
  private static final Pattern SUFFERED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:rånad|rånade|rånat|misshandlad|misshandlade|slagen|slagna|"
              + "nerslagen|nerslagna|nedslagen|nedslagna|hotad|hotade|hotat|knivhuggen|knivhuggna|"
              + "knivskuren|våldtagen|våldtagna|bestulen|bestulna|antastad|antastade|ofredad|"
              + "ofredade|trakasserad|trakasserade|förföljd|förföljda|överfallen|överfallna|"
              + "attackerad|attackerade|utpressad|utpressade|skjuten|beskjuten|lurad|lurade|"
              + "tafsad|knuffad|knuffade|sparkad|sparkade|nerslagen|mordhotad|mordhotade|"
              + "våldtäktsförsökt|drogad|bedragen)\\s+(?:\\p{L}+\\s+){0,3}?av(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final int AGENT_WORDS = 4;

  /** A criminal label with something that singles the person out ("langaren i nummer 5"). */
  private static final Pattern LABELLED_PERSON =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:pedofilen|langaren|tjuven|knarklangaren|knarkaren|rånaren|"
              + "våldtäktsmannen|mördaren|hälaren|gangstern|pyromanen|knarkhandlaren|bedragaren)"
              + "\\s+(?:som\\s+bor|i\\s+nummer|på\\s+nummer|i\\s+nr|på\\s+nr|i\\s+lägenhet|i\\s+huset|"
              + "i\\s+porten|i\\s+trappuppgång|på\\s+våning|på\\s+\\p{Lu}|i\\s+\\p{Lu}|från\\s+\\p{Lu}|"
              + "bredvid|mittemot|ovanför|under\\s+oss|heter)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final Set<String> PERSON_REFERENCES =
      Set.of(
          "han",
          "hon",
          "hen",
          "honom",
          "henne",
          "grannen",
          "grannens",
          "granne",
          "grannarna",
          "grannkillen",
          "granntjejen",
          "grannfrun",
          "grannpojken",
          "killen",
          "kille",
          "tjejen",
          "mannen",
          "kvinnan",
          "gubben",
          "tanten",
          "pojken",
          "flickan",
          "grabben",
          "sonen",
          "dottern",
          "pappan",
          "mamman",
          "ägaren",
          "hyresvärden",
          "hyresgästen",
          "kompisen",
          "brorsan",
          "syrran",
          "brodern",
          "brorsonen",
          "systern",
          "typen",
          "snubben",
          "karln",
          "tonåringen",
          "frun",
          "maken",
          "exet",
          "exmaken",
          "sambon",
          "vaktmästaren",
          "chefen",
          "läraren",
          "tränaren",
          "föreståndaren",
          "innehavaren",
          "föraren",
          "chauffören",
          "busschauffören",
          "taxichauffören",
          "kassörskan",
          "expediten",
          "fritidsledaren",
          "pizzabagaren",
          "kiosk-ägaren",
          "kioskägaren",
          "pojkvännen",
          "flickvännen",
          "styvpappan",
          "kusinen",
          "morbrodern",
          "farbrodern",
          "hyresgästerna",
          "karlen",
          "damen",
          "herrn",
          "killarna",
          "tjejerna",
          "exman",
          "exmannen",
          "exfrun",
          "exsambon",
          "expojkvännen",
          "exflickvännen");

  /** After a possessive these nouns point to one known person: "min man", "hennes son". */
  private static final Set<String> RELATIVES =
      Set.of(
          "man",
          "fru",
          "son",
          "dotter",
          "bror",
          "syster",
          "pappa",
          "mamma",
          "granne",
          "sambo",
          "kompis",
          "kollega",
          "pojkvän",
          "flickvän",
          "partner",
          "chef",
          "kusin",
          "morbror",
          "farbror",
          "moster",
          "faster",
          "styvpappa",
          "svåger",
          "svärson",
          "brorson",
          "systerson",
          "hyresvärd",
          "lärare",
          "tränare",
          "exman",
          "exfru",
          "exsambo",
          "kille",
          "tjej",
          "gubbe",
          "storebror",
          "lillebror",
          "storasyster",
          "lillasyster",
          "brorsa",
          "farsa",
          "morsa",
          "klasskompis",
          "vän",
          "bästis",
          "elev",
          "hyresgäst",
          "svärfar",
          "svärmor",
          "styvmamma",
          "styvson",
          "farfar",
          "morfar",
          "farmor",
          "mormor",
          "ex");

  private static final Set<String> POSSESSIVES =
      Set.of(
          "min",
          "mitt",
          "din",
          "hans",
          "hennes",
          "hens",
          "vår",
          "er",
          "deras",
          "grannens",
          "grannes",
          "sin",
          "sitt",
          "kompisens",
          "systerns",
          "broderns",
          "brorsans",
          "mammans",
          "pappans");

  /**
   * Nouns that point to one person, from the shipped list (nationality nouns such as "somaliern",
   * role nouns such as "hantverkaren"), and compounds ending in a person word ("pizzakillen").
   */
  private static final Set<String> PERSON_NOUNS =
      WordLists.load("moderation/names/person-nouns.txt");

  private static final List<String> PERSON_ENDINGS =
      List.of(
          "killen",
          "tjejen",
          "gubben",
          "tanten",
          "grabben",
          "snubben",
          "typen",
          "kärringen",
          "brorsan",
          "syrran",
          "ägaren",
          "föraren",
          "chauffören",
          "mannen",
          "kvinnan");

  /** Prepositions before "det", "den", "de" that make them articles, not subjects. */
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "i",
          "på",
          "från",
          "vid",
          "med",
          "av",
          "under",
          "över",
          "bredvid",
          "mot",
          "till",
          "för",
          "hos",
          "utanför",
          "ovanför",
          "nedanför",
          "mittemot",
          "bakom",
          "framför",
          "om",
          "ur");

  private static final Set<String> INDEFINITE_SUBJECTS =
      Set.of(
          "någon",
          "något",
          "ingen",
          "man",
          "folk",
          "det",
          "de",
          "dom",
          "ungdomar",
          "ungdomarna",
          "gänget",
          "gäng",
          "gängen",
          "många",
          "några",
          "alla",
          "vi",
          "jag",
          "du",
          "ni",
          "personer",
          "människor",
          "turister",
          "polisen",
          "poliser",
          "väktare",
          "väktarna",
          "kommunen",
          "vem",
          "vilka",
          "somliga",
          "flera",
          "fler",
          "barn",
          "killar",
          "tjejer",
          "unga",
          "tonåringar",
          "vuxna",
          "pundare",
          "missbrukare",
          "langare",
          "tjuvar",
          "okända",
          "okänd",
          "gärningsmän",
          "gärningsmannen",
          "gärningspersonen",
          "förövaren",
          "förövarna");

  private static final int LOOK_BACK_WORDS = 10;
  private static final int LOOK_AHEAD_WORDS = 3;

  private final PersonalNameDetector names;

  @Override
  public void detect(String text, List<Finding> out) {
    Matcher labelled = LABELLED_PERSON.matcher(text);
    while (labelled.find()) {
      out.add(new Finding(PersonalDataKind.CRIME_ALLEGATION, labelled.start(), labelled.end()));
    }
    Matcher predicate = PREDICATE.matcher(text);
    Matcher suffered = SUFFERED.matcher(text);
    boolean anyPredicate = predicate.find();
    boolean anySuffered = suffered.find();
    if (!anyPredicate && !anySuffered) {
      return;
    }
    Tokens tokens = Tokens.of(text);
    List<Finding> nameFindings = new ArrayList<>();
    names.detect(text, nameFindings);
    while (anySuffered) {
      if (hasPersonAgent(tokens, nameFindings, suffered.end())) {
        out.add(new Finding(PersonalDataKind.CRIME_ALLEGATION, suffered.start(), suffered.end()));
      }
      anySuffered = suffered.find();
    }
    if (!anyPredicate) {
      return;
    }
    do {
      if (hasPersonSubject(tokens, nameFindings, predicate.start(), predicate.end())) {
        out.add(new Finding(PersonalDataKind.CRIME_ALLEGATION, predicate.start(), predicate.end()));
      }
    } while (predicate.find());
  }

  private boolean hasPersonSubject(
      Tokens tokens, List<Finding> nameFindings, int predicateStart, int predicateEnd) {
    int first = tokens.indexAtOrAfter(predicateStart);
    for (int j = first - 1, seen = 0; j >= 0 && seen < LOOK_BACK_WORDS; j--, seen++) {
      if (tokens.boundaryAfter(j)) {
        break;
      }
      if (isPersonReference(tokens, nameFindings, j)) {
        return true;
      }
      if (isIndefiniteSubject(tokens, j)) {
        return false;
      }
    }
    // Inverted word order after an adverbial: "Nu langar grannen igen", "Varje kväll säljer han".
    for (int j = first + 1; j < tokens.size() && j <= first + LOOK_AHEAD_WORDS; j++) {
      if (isPersonReference(tokens, nameFindings, j)) {
        return true;
      }
      if (isIndefiniteSubject(tokens, j) || tokens.boundaryAfter(j)) {
        return false;
      }
      if (tokens.start(j) >= predicateEnd) {
        break;
      }
    }
    return false;
  }

  /** Whether a person reference follows "av" closely: "av killen", "av hennes före detta sambo". */
  private boolean hasPersonAgent(Tokens tokens, List<Finding> nameFindings, int afterAv) {
    int first = tokens.indexAtOrAfter(afterAv);
    for (int j = first; j < tokens.size() && j < first + AGENT_WORDS; j++) {
      if (isPersonReference(tokens, nameFindings, j)) {
        return true;
      }
      if (isIndefiniteSubject(tokens, j)) {
        return false;
      }
      if (RELATIVES.contains(tokens.lower(j))) {
        return true;
      }
      if (tokens.boundaryAfter(j)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isIndefiniteSubject(Tokens tokens, int j) {
    String word = tokens.lower(j);
    if (!INDEFINITE_SUBJECTS.contains(word)) {
      return false;
    }
    boolean article = word.equals("det") || word.equals("de") || word.equals("den");
    return !(article && j > 0 && PREPOSITIONS.contains(tokens.lower(j - 1)));
  }

  private static boolean isPersonReference(Tokens tokens, List<Finding> nameFindings, int j) {
    String word = tokens.lower(j);
    if (PERSON_REFERENCES.contains(word) || PERSON_NOUNS.contains(word)) {
      return true;
    }
    if (RELATIVES.contains(word) && j > 0) {
      int owner = j - 1;
      // "hennes före detta sambo", "min ex-sambo"
      if (owner >= 2
          && tokens.lower(owner).equals("detta")
          && tokens.lower(owner - 1).equals("före")) {
        owner -= 2;
      }
      if (POSSESSIVES.contains(tokens.lower(owner))) {
        return true;
      }
    }
    if (!INDEFINITE_SUBJECTS.contains(word) && word.length() > 6) {
      for (String ending : PERSON_ENDINGS) {
        if (word.endsWith(ending)) {
          return true;
        }
      }
    }
    int start = tokens.start(j);
    for (Finding name : nameFindings) {
      if (name.start() <= start && start < name.end()) {
        return true;
      }
    }
    return false;
  }
}
