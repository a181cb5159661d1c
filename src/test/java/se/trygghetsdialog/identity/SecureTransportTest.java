package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Over the real server: a request that reached a trusted proxy (here the loopback address) over
 * HTTPS, as told by {@code X-Forwarded-Proto}, gets HSTS and only {@code Secure} cookies; a plain
 * HTTP request gets neither.
 */
@IntegrationTest
class SecureTransportTest {

  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired StaffAccounts staff;
  @Autowired Municipalities municipalities;

  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  HttpResponse<String> get(String path, boolean https) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (https) {
      request.header("X-Forwarded-Proto", "https");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static List<String> cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie");
  }

  static boolean secure(String cookie) {
    return Pattern.compile(";\\s*Secure\\b", Pattern.CASE_INSENSITIVE).matcher(cookie).find();
  }

  @Test
  void anHttpsRequestGetsHstsAndASecureLanguageCookie() throws Exception {
    HttpResponse<String> response = get("/?lang=en", true);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(value -> assertThat(value).contains("max-age="));
    assertThat(cookies(response)).isNotEmpty().allMatch(SecureTransportTest::secure);
  }

  @Test
  void aPlainHttpRequestGetsNeither() throws Exception {
    HttpResponse<String> response = get("/?lang=en", false);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(cookies(response)).isNotEmpty().noneMatch(SecureTransportTest::secure);
  }

  @Test
  void theSessionCookieOfASignInOverHttpsIsSecure() throws Exception {
    StaffMember member =
        staff.createWithPassword(
            municipalities.resolve("localhost").id(),
            StaffSessions.uniqueEmail("secure"),
            "Säker Inloggning",
            Set.of(Role.MODERATOR),
            null,
            StaffAdministrationTest.PASSWORD);
    HttpResponse<String> form = get("/logga-in", true);
    Matcher token = CSRF.matcher(form.body());
    assertThat(token.find()).as("CSRF token on the sign-in page").isTrue();
    String cookieHeader =
        cookies(form).stream().map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; "));

    String body =
        "_csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
            + "&email="
            + URLEncoder.encode(member.email(), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(StaffAdministrationTest.PASSWORD, StandardCharsets.UTF_8);
    HttpRequest.Builder post =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/logga-in"))
            .header("X-Forwarded-Proto", "https")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookieHeader.isEmpty()) {
      post.header("Cookie", cookieHeader);
    }
    HttpResponse<String> signedIn = http.send(post.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/personal"));
    assertThat(cookies(signedIn))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
        .allMatch(SecureTransportTest::secure);
    assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isPresent();
  }
}
