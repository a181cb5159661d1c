package se.trygghetsdialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.shared.web.MessagesConfig;

/**
 * All text goes through message keys: Swedish is complete, English has exactly the same keys, every
 * key a template or action uses exists, and templates contain no literal text.
 */
class I18nTest {

  static final Path TEMPLATES = Path.of("src/main/jte");
  static final Path JAVA = Path.of("src/main/java");

  static Properties bundle(String baseName, String suffix) {
    Properties properties = new Properties();
    String resource = baseName + suffix + ".properties";
    try (InputStream in = I18nTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("bundle %s", resource).isNotNull();
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  static Set<String> allKeys(String suffix) {
    Set<String> keys = new TreeSet<>();
    for (String base : MessagesConfig.bundleBaseNames()) {
      keys.addAll(bundle(base, suffix).stringPropertyNames());
    }
    return keys;
  }

  static List<Path> files(Path root, String extension) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.toString().endsWith(extension)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class Bundles {

    @Test
    void englishHasExactlyTheSwedishKeysInEveryBundle() {
      for (String base : MessagesConfig.bundleBaseNames()) {
        Set<String> swedish = bundle(base, "").stringPropertyNames();
        Set<String> english = bundle(base, "_en").stringPropertyNames();
        assertThat(new TreeSet<>(english))
            .as("keys of %s_en", base)
            .isEqualTo(new TreeSet<>(swedish));
      }
    }

    @Test
    void noMessageIsEmpty() {
      for (String base : MessagesConfig.bundleBaseNames()) {
        for (String suffix : List.of("", "_en")) {
          Properties properties = bundle(base, suffix);
          for (String key : properties.stringPropertyNames()) {
            assertThat(properties.getProperty(key)).as("%s%s: %s", base, suffix, key).isNotBlank();
          }
        }
      }
    }

    @Test
    void eachKeyIsDefinedInOnlyOneBundle() {
      Set<String> seen = new TreeSet<>();
      for (String base : MessagesConfig.bundleBaseNames()) {
        for (String key : bundle(base, "").stringPropertyNames()) {
          assertThat(seen.add(key)).as("key %s defined twice (again in %s)", key, base).isTrue();
        }
      }
    }
  }

  @Nested
  class UsedKeys {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("ui\\.t\\(\"([^\"]+)\"");
    private static final Pattern TEMPLATE_ENUM = Pattern.compile("ui\\.e\\(\"([^\"]+)\"");

    @Test
    void everyKeyATemplateUsesExists() {
      Set<String> keys = allKeys("");
      List<String> missing = new ArrayList<>();
      for (Path template : files(TEMPLATES, ".jte")) {
        Matcher matcher = TEMPLATE_KEY.matcher(read(template));
        while (matcher.find()) {
          String key = matcher.group(1);
          if (!key.endsWith(".") && !keys.contains(key)) {
            missing.add(template + ": " + key);
          }
        }
        Matcher enums = TEMPLATE_ENUM.matcher(read(template));
        while (enums.find()) {
          String prefix = enums.group(1) + ".";
          if (keys.stream().noneMatch(k -> k.startsWith(prefix))) {
            missing.add(template + ": " + prefix + "*");
          }
        }
      }
      assertThat(missing).isEmpty();
    }

    @Test
    void everyErrorAndNoticeKeyInTheCodeExists() {
      Set<String> keys = allKeys("");
      Set<String> prefixes = new TreeSet<>();
      keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
      Pattern used =
          Pattern.compile(
              "\"((?:" + String.join("|", prefixes) + ")\\.(?:error|notice)\\.[A-Za-z0-9_.]+)\"");
      List<String> missing = new ArrayList<>();
      for (Path source : files(JAVA, ".java")) {
        Matcher matcher = used.matcher(read(source));
        while (matcher.find()) {
          if (!keys.contains(matcher.group(1))) {
            missing.add(source + ": " + matcher.group(1));
          }
        }
      }
      assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownToPeopleHasATranslation() {
      Set<String> keys = allKeys("");
      assertEnum(keys, "dialogue.step", se.trygghetsdialog.dialogue.DialogueStep.values());
      assertEnum(keys, "dialogue.status", se.trygghetsdialog.dialogue.DialogueStatus.values());
      assertEnum(keys, "dialogue.origin", se.trygghetsdialog.dialogue.TopicOrigin.values());
      assertEnum(keys, "dialogue.conflict", se.trygghetsdialog.dialogue.ConflictLevel.values());
      assertEnum(keys, "dialogue.teamRole", se.trygghetsdialog.dialogue.TeamRole.values());
      assertEnum(keys, "identity.role", se.trygghetsdialog.identity.Role.values());
      assertEnum(keys, "identity.status", se.trygghetsdialog.identity.StaffStatus.values());
      assertEnum(
          keys,
          "identity.activate.invalid",
          se.trygghetsdialog.identity.AcceptInvitation.TokenState.values());
    }

    private void assertEnum(Set<String> keys, String prefix, Enum<?>[] values) {
      for (Enum<?> value : values) {
        assertThat(keys).contains(prefix + "." + value.name());
      }
    }
  }

  @Nested
  class Templates {

    @Test
    void containNoLiteralText() {
      List<String> problems = new ArrayList<>();
      for (Path template : files(TEMPLATES, ".jte")) {
        String markup = TemplateText.visibleMarkup(read(template));
        for (String text : TemplateText.literalTexts(markup)) {
          problems.add(template + ": \"" + text + "\"");
        }
      }
      assertThat(problems).isEmpty();
    }

    @Test
    void theLiteralTextCheckFindsText() {
      String template =
          "@param Ui ui\n@template.layout.page(ui = ui, content = @`<p>Hej ${ui.t(\"a\")}</p><img alt=\"Bild\">`)";
      assertThat(TemplateText.literalTexts(TemplateText.visibleMarkup(template)))
          .containsExactly("Hej", "Bild");
    }

    @Test
    void theLiteralTextCheckAcceptsKeysAndPunctuation() {
      String template =
          "@if(x)<p>${ui.t(\"a\")} · ${ui.t(\"b\")}:</p>@endif<input value=\"${v}\" aria-label=\"${ui.t(\"c\")}\">";
      assertThat(TemplateText.literalTexts(TemplateText.visibleMarkup(template))).isEmpty();
    }
  }
}
