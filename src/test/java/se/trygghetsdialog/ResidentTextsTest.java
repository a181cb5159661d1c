package se.trygghetsdialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.shared.web.Language;
import se.trygghetsdialog.shared.web.MessagesConfig;

/**
 * Every offered language has every resident-facing text. Which texts are resident-facing is decided
 * by src/main/resources/i18n/resident-texts.txt (the rule is written at its top): the resident
 * templates, followed into the templates they include, and the listed keys of public form errors,
 * notices and e-mails. A language in progress is reported, not failed, and cannot be chosen. Every
 * translated bundle says in its header who can review it and what is unreviewed.
 */
class ResidentTextsTest {

  static final Path MANIFEST = Path.of("src/main/resources/i18n/resident-texts.txt");
  static final Path I18N = Path.of("src/main/resources/i18n");

  private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_.]+)\"");
  private static final Pattern INCLUDE = Pattern.compile("@template\\.([A-Za-z0-9_.]+)\\(");

  /** Key to the base name of the bundle that defines it, e.g. place.report.title to place. */
  static Map<String, String> swedishKeys() {
    Map<String, String> keys = new TreeMap<>();
    for (String base : MessagesConfig.bundleBaseNames()) {
      String module = base.substring("i18n/".length());
      for (String key : load(I18N.resolve(module + ".properties")).stringPropertyNames()) {
        keys.put(key, module);
      }
    }
    return keys;
  }

  /** The resident-facing keys, by the rule in resident-texts.txt. */
  static Set<String> residentKeys() {
    Map<String, String> keys = swedishKeys();
    Set<String> resident = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    for (String line : read(MANIFEST).lines().map(String::strip).toList()) {
      if (line.startsWith("template ")) {
        addTemplate(line.substring("template ".length()).strip(), keys.keySet(), resident, seen);
      } else if (line.startsWith("key ")) {
        String key = line.substring("key ".length()).strip();
        List<String> matching =
            keys.keySet().stream()
                .filter(k -> key.endsWith(".") ? k.startsWith(key) : k.equals(key))
                .toList();
        assertThat(matching).as("resident-texts.txt: no key matches %s", key).isNotEmpty();
        resident.addAll(matching);
      } else {
        assertThat(line.isEmpty() || line.startsWith("#"))
            .as("resident-texts.txt: unreadable line %s", line)
            .isTrue();
      }
    }
    return resident;
  }

  private static void addTemplate(
      String template, Set<String> keys, Set<String> resident, Set<String> seen) {
    if (!seen.add(template)) {
      return;
    }
    Path file = I18nTest.TEMPLATES.resolve(template);
    assertThat(file).as("resident-texts.txt names %s", template).exists();
    String source = read(file);
    Matcher literals = LITERAL.matcher(source);
    while (literals.find()) {
      String literal = literals.group(1);
      if (keys.contains(literal)) {
        resident.add(literal);
      } else if (literal.indexOf('.') > 0) {
        String prefix = literal.endsWith(".") ? literal : literal + ".";
        keys.stream().filter(k -> k.startsWith(prefix)).forEach(resident::add);
      }
    }
    Matcher includes = INCLUDE.matcher(source);
    while (includes.find()) {
      addTemplate(includes.group(1).replace('.', '/') + ".jte", keys, resident, seen);
    }
  }

  /** For a language, the resident keys its bundles lack, by bundle file. */
  static Map<String, List<String>> missing(Language language) {
    Map<String, String> keys = swedishKeys();
    Map<String, Properties> bundles = new LinkedHashMap<>();
    Map<String, List<String>> missing = new TreeMap<>();
    for (String key : residentKeys()) {
      String file = keys.get(key) + language.bundleSuffix() + ".properties";
      Properties bundle =
          bundles.computeIfAbsent(
              file, f -> Files.exists(I18N.resolve(f)) ? load(I18N.resolve(f)) : new Properties());
      if (bundle.getProperty(key, "").isBlank()) {
        missing.computeIfAbsent(file, f -> new ArrayList<>()).add(key);
      }
    }
    return missing;
  }

  @Test
  void everyOfferedLanguageHasEveryResidentText() {
    Map<String, List<String>> missing = new TreeMap<>();
    for (Language language : Language.offeredLanguages()) {
      if (language != Language.SWEDISH) {
        missing.putAll(missing(language));
      }
    }
    assertThat(missing)
        .as(
            "resident texts missing in an offered language, per bundle file (translate them, or"
                + " mark the language in progress in shared.web.Language)")
        .isEmpty();
  }

  @Test
  void languagesInProgressAreReportedNotOffered() {
    for (Language language : Language.values()) {
      if (!language.offered()) {
        int count = missing(language).values().stream().mapToInt(List::size).sum();
        System.out.printf(
            "%s (%s) is in progress: %d of %d resident texts missing%n",
            language.ownName(), language.tag(), count, residentKeys().size());
        assertThat(Language.offered(language.tag())).isEmpty();
      }
    }
  }

  @Test
  void theRuleFindsTheTextsOfTheReportFormAndTheFixedNotices() {
    assertThat(residentKeys())
        .contains(
            "place.report.title",
            "layout.emergency.text",
            "rights.privacy.title",
            "form.error.prefix")
        .doesNotContain("dialogue.staff.list.title");
  }

  @Test
  void everyTranslatedBundleSaysWhoCanReviewItAndWhatIsUnreviewed() {
    Map<String, String> keys = swedishKeys();
    List<String> problems = new ArrayList<>();
    for (Path file : translatedBundles()) {
      String name = file.getFileName().toString();
      String text = read(file);
      List<String> header = text.lines().takeWhile(l -> l.startsWith("#")).toList();
      if (header.stream().noneMatch(l -> l.startsWith("# Reviewer:"))) {
        problems.add(name + ": header lacks a line '# Reviewer: who can review this language'");
      }
      List<String> unreviewed = header.stream().filter(l -> l.startsWith("# Unreviewed:")).toList();
      if (unreviewed.isEmpty()) {
        problems.add(name + ": header lacks '# Unreviewed: all', 'none' or a list of keys");
      }
      Properties bundle = load(file);
      for (String line : unreviewed) {
        String value = line.substring("# Unreviewed:".length()).strip();
        if (!value.equals("all") && !value.equals("none")) {
          for (String key : value.split("[,\\s]+")) {
            if (!bundle.containsKey(key)) {
              problems.add(name + ": unreviewed key " + key + " is not in the file");
            }
          }
        }
      }
      String module = name.substring(0, name.indexOf('_'));
      for (String key : bundle.stringPropertyNames()) {
        if (!module.equals(keys.get(key))) {
          problems.add(name + ": " + key + " is not a key of " + module + ".properties");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void translationsKeepThePlaceholdersOfTheSwedishText() {
    Pattern placeholder = Pattern.compile("\\{\\d+}");
    List<String> problems = new ArrayList<>();
    for (Path file : translatedBundles()) {
      String name = file.getFileName().toString();
      Properties swedish = load(I18N.resolve(name.substring(0, name.indexOf('_')) + ".properties"));
      Properties bundle = load(file);
      for (String key : bundle.stringPropertyNames()) {
        Set<String> expected = new TreeSet<>();
        placeholder
            .matcher(swedish.getProperty(key, ""))
            .results()
            .forEach(r -> expected.add(r.group()));
        Set<String> actual = new TreeSet<>();
        placeholder.matcher(bundle.getProperty(key)).results().forEach(r -> actual.add(r.group()));
        if (!expected.equals(actual)) {
          problems.add(name + ": " + key + " has " + actual + ", Swedish has " + expected);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The bundle files of languages other than Swedish and English. */
  static List<Path> translatedBundles() {
    try (Stream<Path> files = Files.list(I18N)) {
      return files
          .filter(f -> f.getFileName().toString().matches("[a-z]+_.+\\.properties"))
          .filter(f -> !f.getFileName().toString().endsWith("_en.properties"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Properties load(Path file) {
    Properties properties = new Properties();
    try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
