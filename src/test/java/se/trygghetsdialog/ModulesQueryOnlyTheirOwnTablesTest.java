package se.trygghetsdialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL names only its own tables: no join, sub-select, read or write of another module's
 * table. Another module's data is read through that module's public API or kept in a read model of
 * one's own, fed by the owner's events.
 *
 * <p>A table belongs to the module whose migration folder {@code db/migration/<module>/} creates
 * it, or, when its code has moved to a new module and its migrations stayed, to the one module
 * whose SQL writes it. The SQL is every string literal of a class under {@code src/main/java}.
 * Command-line tools in a {@code cli} package (benchmarks) run against a throw-away database of
 * their own and seed it directly; they are left out.
 */
class ModulesQueryOnlyTheirOwnTablesTest {

  static final Path JAVA = Path.of("src/main/java/se/trygghetsdialog");
  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  private static final Pattern CREATE_TABLE =
      Pattern.compile(
          "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A table named after one of these keywords (USING for DELETE … USING); a FROM list may name
   * more, comma-separated.
   */
  private static final Pattern TABLE_REFERENCE =
      Pattern.compile(
          "\\b(from|join|into|update|table|using)\\s+([a-z_][a-z0-9_]*)"
              + "((?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?(?:\\s*,\\s*[a-z_][a-z0-9_]*"
              + "(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?)*)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LISTED_TABLE =
      Pattern.compile(",\\s*([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

  private static final Pattern WRITE =
      Pattern.compile(
          "\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);

  /** One use of a table in a class's SQL. */
  record Use(String module, String file, String table) {}

  @Test
  void everyModulesSqlNamesOnlyItsOwnTables() {
    Map<String, String> folders = tablesByMigrationFolder(MIGRATIONS);
    Map<String, String> sources = sources(JAVA);

    List<String> violations = violations(folders, sources);

    assertThat(violations)
        .as(
            "SQL that names another module's table; read through the owner's public API or keep"
                + " a read model fed by its events instead")
        .isEmpty();
  }

  @Test
  void aJoinOrSubSelectAcrossModulesIsFoundAndParameterNamesAreNot() {
    Map<String, String> folders =
        Map.of(
            "dialogue_team_member", "dialogue",
            "dialogue", "dialogue",
            "staff_account", "identity",
            "area", "tenancy",
            "place_category", "place");
    Map<String, String> sources = new TreeMap<>();
    sources.put(
        "dialogue/Team.java",
        """
        class Team {
          // SELECT * FROM staff_account in a comment is no SQL
          String team = "SELECT t.account_id FROM dialogue_team_member t JOIN staff_account a"
              + " ON a.account_id = t.account_id";
          String list = \"""
              SELECT * FROM dialogue WHERE area_id = :area
                AND EXISTS (SELECT 1 FROM place_category c WHERE c.code = 'x')
              \""";
          void bind() { param("area", 1); param("dialogue", 2); }
        }
        """);
    sources.put(
        "dialogue/Listing.java",
        "class Listing { String s = \"SELECT 1 FROM dialogue d, area a WHERE 1 = 1\"; }");
    sources.put(
        "dialogue/Cleanup.java",
        "class Cleanup { String s = \"DELETE FROM dialogue d USING staff_account a\"; }");

    assertThat(violations(folders, sources))
        .containsExactly(
            "dialogue/Cleanup.java names staff_account (module identity)",
            "dialogue/Listing.java names area (module tenancy)",
            "dialogue/Team.java names place_category (module place)",
            "dialogue/Team.java names staff_account (module identity)");
  }

  @Test
  void aTableWhoseCodeMovedBelongsToTheOneModuleThatWritesIt() {
    Map<String, String> folders = Map.of("place_category", "place", "place_report", "place");
    Map<String, String> sources = new TreeMap<>();
    sources.put(
        "geo/CategoryRepository.java",
        "class R { String s = \"INSERT INTO place_category (id) VALUES (:id)\";"
            + " String t = \"SELECT * FROM place_category\"; }");
    sources.put(
        "place/ReportRepository.java",
        "class R { String s = \"SELECT * FROM place_report r JOIN place_category c ON 1 = 1\"; }");

    assertThat(violations(folders, sources))
        .containsExactly("place/ReportRepository.java names place_category (module geo)");
  }

  /** The violations, one line each, in file order. */
  static List<String> violations(Map<String, String> folders, Map<String, String> sources) {
    List<Use> uses = new ArrayList<>();
    Map<String, Set<String>> writers = new HashMap<>();
    sources.forEach(
        (file, source) -> {
          String module = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
          if (module.isEmpty() || file.contains("/cli/")) {
            return;
          }
          String sql = String.join("\n", literals(source));
          for (String table : tables(sql)) {
            if (folders.containsKey(table)) {
              uses.add(new Use(module, file, table));
            }
          }
          Matcher write = WRITE.matcher(sql);
          while (write.find()) {
            writers
                .computeIfAbsent(write.group(1).toLowerCase(Locale.ROOT), t -> new TreeSet<>())
                .add(module);
          }
        });
    Set<String> lines = new TreeSet<>();
    for (Use use : uses) {
      String owner = owner(use.table(), folders, writers);
      if (!owner.equals(use.module())) {
        lines.add(use.file() + " names " + use.table() + " (module " + owner + ")");
      }
    }
    return new ArrayList<>(lines);
  }

  private static String owner(
      String table, Map<String, String> folders, Map<String, Set<String>> writers) {
    String folder = folders.get(table);
    Set<String> writing = writers.getOrDefault(table, Set.of());
    if (writing.size() == 1 && !writing.contains(folder)) {
      return writing.iterator().next();
    }
    return folder;
  }

  static Set<String> tables(String sql) {
    Set<String> tables = new HashSet<>();
    Matcher reference = TABLE_REFERENCE.matcher(sql);
    while (reference.find()) {
      tables.add(reference.group(2).toLowerCase(Locale.ROOT));
      if (reference.group(1).equalsIgnoreCase("from")) {
        Matcher listed = LISTED_TABLE.matcher(reference.group(3));
        while (listed.find()) {
          tables.add(listed.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return tables;
  }

  /** The string literals and text blocks of a Java source, outside comments. */
  static List<String> literals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && source.charAt(end - 1) == '\\') {
          end = source.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end;
        literals.add(source.substring(i + 3, end));
        i = Math.min(n, end + 3);
      } else if (c == '"') {
        StringBuilder literal = new StringBuilder();
        i++;
        while (i < n && source.charAt(i) != '"' && source.charAt(i) != '\n') {
          if (source.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          literal.append(source.charAt(i));
          i++;
        }
        literals.add(literal.toString());
        i++;
      } else if (c == '\'') {
        int end = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2);
        i = end < 0 ? n : end + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  static Map<String, String> tablesByMigrationFolder(Path migrations) {
    Map<String, String> owners = new TreeMap<>();
    try (Stream<Path> files = Files.walk(migrations)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        String module = migrations.relativize(file).getName(0).toString();
        Matcher create = CREATE_TABLE.matcher(Files.readString(file));
        while (create.find()) {
          owners.put(create.group(1).toLowerCase(Locale.ROOT), module);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(owners).as("tables found in " + migrations).isNotEmpty();
    return owners;
  }

  static Map<String, String> sources(Path java) {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(java)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(java.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }
}
