package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class MetricsScrapeAccessTest {

  private static boolean allowed(String token, String header) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
    if (header != null) {
      request.addHeader("Authorization", header);
    }
    return new MetricsScrapeAccess(token)
        .decide(() -> null, new RequestAuthorizationContext(request))
        .isGranted();
  }

  @Test
  void aScraperWithTheInstallationsTokenMayReadTheMetrics() {
    assertThat(allowed("s3cret-token", "Bearer s3cret-token")).isTrue();
  }

  @Test
  void aWrongOrMissingTokenIsRefused() {
    assertThat(allowed("s3cret-token", "Bearer other")).isFalse();
    assertThat(allowed("s3cret-token", "Basic s3cret-token")).isFalse();
    assertThat(allowed("s3cret-token", null)).isFalse();
  }

  @Test
  void withoutATokenSetNoBearerIsEnough() {
    assertThat(allowed("", "Bearer ")).isFalse();
    assertThat(allowed("", "Bearer")).isFalse();
  }
}
