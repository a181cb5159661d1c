package se.trygghetsdialog.shared.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;

/**
 * Health for load balancers and Prometheus metrics for operators: the probes are public and say
 * only UP or DOWN (readiness with the database), the metrics are not public.
 */
@IntegrationTest
class MetricsAndHealthTest {

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;

  private final HttpClient http = HttpClient.newHttpClient();

  /** One sample of the Prometheus text format: name, labels as written, value. */
  record Sample(String name, String labels, double value) {}

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})?\\s+(\\S+)(\\s+\\d+)?$");

  static List<Sample> parse(String exposition) {
    List<Sample> samples = new ArrayList<>();
    for (String line : exposition.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line.strip());
      assertThat(m.matches()).as("a sample line: %s", line).isTrue();
      samples.add(
          new Sample(
              m.group(1), m.group(2) == null ? "" : m.group(2), Double.parseDouble(m.group(3))));
    }
    return samples;
  }

  private HttpResponse<String> fetch(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anAdministratorScrapesRequestLatencyPerRouteQueueSizesRecomputeTimesAndJobRuns()
      throws Exception {
    assertThat(fetch("/").statusCode()).isEqualTo(200);
    MockMvc mvc = StaffSessions.mockMvc(context);
    MockHttpSession admin = StaffSessions.signIn(mvc, "admin@lysekil.example", "Trygghet2026!");

    String body =
        mvc.perform(get("/actuator/prometheus").session(admin))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Sample> samples = parse(body);

    assertThat(samples)
        .anySatisfy(
            s -> {
              assertThat(s.name()).isEqualTo("http_server_requests_seconds_count");
              assertThat(s.labels()).contains("uri=\"/\"", "method=\"GET\"", "status=\"200\"");
              assertThat(s.value()).isGreaterThanOrEqualTo(1);
            });
    assertThat(samples).anySatisfy(s -> assertThat(s.name()).isEqualTo("mail_outbox_size"));
    assertThat(samples).anySatisfy(s -> assertThat(s.name()).isEqualTo("moderation_queue_size"));
    assertThat(samples)
        .anySatisfy(s -> assertThat(s.name()).isEqualTo("opinion_recompute_seconds_count"));
    assertThat(samples)
        .anySatisfy(
            s -> {
              assertThat(s.name()).isEqualTo("tasks_scheduled_execution_seconds_count");
              assertThat(s.labels()).contains("code_function=\"deliverPending\"");
              assertThat(s.value()).isGreaterThanOrEqualTo(1);
            });
  }

  @Test
  void theMetricsAreNotPublicNorForStaffWhoAreNotAdministrators() throws Exception {
    HttpResponse<String> anonymous = fetch("/actuator/prometheus");
    assertThat(anonymous.statusCode()).isNotEqualTo(200);
    assertThat(anonymous.body()).doesNotContain("http_server_requests");
    MockMvc mvc = StaffSessions.mockMvc(context);
    MockHttpSession moderator =
        StaffSessions.signIn(mvc, "moderator@lysekil.example", "Trygghet2026!");
    mvc.perform(get("/actuator/prometheus").session(moderator)).andExpect(status().isForbidden());
  }

  @Test
  void livenessAndReadinessAreUpAndReadinessChecksTheDatabase() throws Exception {
    HttpResponse<String> liveness = fetch("/actuator/health/liveness");
    assertThat(liveness.statusCode()).isEqualTo(200);
    assertThat(liveness.body()).contains("\"status\":\"UP\"");

    HttpResponse<String> readiness = fetch("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body())
        .contains("\"status\":\"UP\"")
        .contains("\"db\":{\"status\":\"UP\"}");
    assertThat(readiness.body()).doesNotContain("PostgreSQL").doesNotContain("validationQuery");
  }
}
