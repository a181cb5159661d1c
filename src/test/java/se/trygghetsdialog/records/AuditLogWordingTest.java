package se.trygghetsdialog.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.field.RumourChanged;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/** The audit log names every kind of event in words, in Swedish and English, never as a key. */
@IntegrationTest
class AuditLogWordingTest {

  private static final Pattern AUDIT_ACTION =
      Pattern.compile("String auditAction\\(\\)\\s*\\{([^}]*)\\}");
  private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z]+\\.[a-zA-Z.-]+)\"");

  @Autowired WebApplicationContext context;
  @Autowired StaffAccounts staff;
  @Autowired Municipalities municipalities;
  @Autowired JdbcClient jdbc;

  /** Every action name the modules' auditable events return (read from their sources). */
  private static Set<String> auditedActions() throws IOException {
    Set<String> actions = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher method = AUDIT_ACTION.matcher(Files.readString(file));
        while (method.find()) {
          Matcher literal = LITERAL.matcher(method.group(1));
          while (literal.find()) {
            actions.add(literal.group(1));
          }
        }
      }
    }
    // The rumour log's action name is made from its kind of change.
    actions.remove("field.rumour-");
    for (RumourChanged.Change change : RumourChanged.Change.values()) {
      actions.add("field.rumour-" + change.name().toLowerCase(Locale.ROOT));
    }
    assertThat(actions).contains("measure.status-changed", "walk.protocolSent");
    return actions;
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        AuditLogWordingTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyAuditedActionIsNamedInSwedishAndEnglish() throws IOException {
    Properties swedish = bundle("records");
    Properties english = bundle("records_en");
    List<String> missing = new ArrayList<>();
    for (String action : auditedActions()) {
      if (!swedish.containsKey("records.action." + action)) {
        missing.add("sv " + action);
      }
      if (!english.containsKey("records.action." + action)) {
        missing.add("en " + action);
      }
    }
    assertThat(missing).as("audit actions without a name").isEmpty();
  }

  @Test
  void theLogShowsEventsInWordsOfTheReadersLanguage() throws Exception {
    var mvc = StaffSessions.mockMvc(context);
    Tenant tenant = municipalities.resolve("localhost");
    String email = StaffSessions.uniqueEmail("auditor");
    staff.createWithPassword(
        tenant.id(), email, "Auditor", Set.of(Role.ADMINISTRATOR), null, "Trygghet2026!");
    for (String action :
        List.of("measure.status-changed", "walk.protocolSent", "field.rumour-published")) {
      jdbc.sql(
              "INSERT INTO audit_event (id, municipality_id, action, subject)"
                  + " VALUES (:id, :m, :action, :subject)")
          .param("id", UUID.randomUUID())
          .param("m", tenant.id().value())
          .param("action", action)
          .param("subject", UUID.randomUUID().toString())
          .update();
    }
    MockHttpSession session = StaffSessions.signIn(mvc, email, "Trygghet2026!");

    String english =
        mvc.perform(get("/personal/admin/logg?lang=en").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(english)
        .contains("A measure's status was changed")
        .contains("A walk protocol was sent")
        .contains("A clarification of a rumour was published")
        .doesNotContain(">measure.status-changed<", ">walk.protocolSent<");

    String swedish =
        mvc.perform(get("/personal/admin/logg?lang=sv").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(swedish)
        .contains("En åtgärds status ändrades")
        .doesNotContain(">field.rumour-published<");
  }
}
