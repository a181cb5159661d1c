package se.trygghetsdialog.shared.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.task.TaskExecutor;
import se.trygghetsdialog.support.IntegrationTest;

/** Every request gets an id that its log lines carry, also those of the async work it causes. */
@IntegrationTest
class RequestIdTest {

  @LocalServerPort int port;

  @Autowired
  @Qualifier("applicationTaskExecutor")
  TaskExecutor executor;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> fetch(String requestId) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"));
    if (requestId != null) {
      request.header(RequestIdFilter.HEADER, requestId);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyResponseNamesItsRequestIdKeepingAPlainOneFromTheProxy() throws Exception {
    String generated = fetch(null).headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
    assertThat(generated).matches("[0-9a-f-]{36}");
    assertThat(fetch("proxy-42.a_b").headers().firstValue(RequestIdFilter.HEADER))
        .contains("proxy-42.a_b");
    assertThat(fetch("<script>").headers().firstValue(RequestIdFilter.HEADER).orElseThrow())
        .isNotEqualTo("<script>")
        .matches("[0-9a-f-]{36}");
  }

  @Test
  void aLogLineOfAsyncWorkCarriesTheRequestIdOfTheThreadThatStartedIt() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger("se.trygghetsdialog.test.AsyncWork");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    logger.addAppender(lines);
    logger.setLevel(Level.INFO);
    try {
      MDC.put(RequestIdFilter.MDC_KEY, "request-in-test");
      executor.execute(() -> logger.info("async work done"));
      MDC.remove(RequestIdFilter.MDC_KEY);
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> !lines.list.isEmpty());
      ILoggingEvent line = lines.list.get(0);
      assertThat(line.getThreadName()).isNotEqualTo(Thread.currentThread().getName());
      assertThat(line.getMDCPropertyMap())
          .containsEntry(RequestIdFilter.MDC_KEY, "request-in-test");
    } finally {
      logger.detachAppender(lines);
      MDC.clear();
    }
  }
}
