package se.trygghetsdialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * House rules read from the source files, where a class-file rule cannot see them: thin controllers
 * that leave every form error to {@code FormSubmissions}, and one naming rule for test classes
 * (docs/architecture.md, forms and commands; ADR 0010).
 */
class ConventionsTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TESTS = Path.of("src/test/java");
  private static final Pattern CATCHES_RULE_VIOLATION =
      Pattern.compile("catch\\s*\\(\\s*(\\w+\\.)*\\w*RuleViolation\\b");
  private static final Pattern TEST_ANNOTATION =
      Pattern.compile("@(Test|ParameterizedTest|Nested|ArchTest|RepeatedTest)\\b");

  static List<Path> sources(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void noControllerIsLongerThanThreeHundredLines() throws IOException {
    for (Path controller : sources(MAIN, "Controller.java")) {
      assertThat(Files.readAllLines(controller))
          .as("lines of %s (split it by page family)", controller)
          .hasSizeLessThanOrEqualTo(300);
    }
  }

  @Test
  void noControllerCatchesARuleViolation() throws IOException {
    for (Path controller : sources(MAIN, "Controller.java")) {
      assertThat(CATCHES_RULE_VIOLATION.matcher(Files.readString(controller)).find())
          .as("%s catches a rule violation; let FormSubmissions show it", controller)
          .isFalse();
    }
  }

  @Test
  void testClassesEndInTestAndAreNamedAfterBehaviour() throws IOException {
    for (Path source : sources(TESTS, ".java")) {
      String name = source.getFileName().toString();
      assertThat(name).as("test class named after an issue").doesNotMatch("(?i).*issue\\d+.*");
      if (TEST_ANNOTATION.matcher(Files.readString(source)).find()) {
        assertThat(name).as("a class with tests").endsWith("Test.java");
      }
    }
  }
}
