package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.shared.ServerSecret;
import se.trygghetsdialog.support.IntegrationTest;

/**
 * Residents need no server session: reading a page or opening an anonymous form stores nothing on
 * the server (no session cookie, no stored session), and the forms still work, with the CSRF token
 * carried by a signed cookie instead.
 */
@IntegrationTest
class AnonymousVisitorsKeepNoSessionTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired WebApplicationContext context;
  @Autowired ServerSecret secret;

  /**
   * MockMvc's {@code csrf()} in other tests of the shared context swaps the CSRF filter's token
   * store for a session-based test double, for the real server too; this test meets the real one.
   */
  @BeforeEach
  void theApplicationsOwnCsrfTokenStore() {
    RealCsrfTokenStore.restore(context, secret);
  }

  /** A browser of its own; each page is asked for by a new one, that comes without any cookie. */
  private HttpClient http = newBrowser();

  private static HttpClient newBrowser() {
    return HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postForm(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String one(String sql) {
    return jdbc.sql(sql).query(String.class).list().get(0);
  }

  private static boolean setsSessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .anyMatch(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="));
  }

  @Test
  void anonymousPagesAndFormsCreateNoStoredSession() throws Exception {
    String dialogue =
        one("SELECT dialogue_id::text FROM dialogue WHERE title = 'Trygghet i Lysekils kommun'");
    String walk = one("SELECT walk_id::text FROM walk ORDER BY created_at LIMIT 1");
    List<String> paths =
        List.of(
            "/",
            "/rapportera",
            "/dialoger",
            "/dialoger/" + dialogue,
            "/dialoger/" + dialogue + "/pastaenden",
            "/dialoger/" + dialogue + "/folj",
            "/logga-in",
            "/trygghetskarta",
            "/trygghetsvandringar",
            "/trygghetsvandringar/" + walk,
            "/tillganglighet",
            "/rapportera?lang=en",
            "/personal");
    long before = jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
    List<String> failures = new ArrayList<>();
    for (String path : paths) {
      http = newBrowser();
      HttpResponse<String> response = get(path);
      if (response.statusCode() >= 400) {
        failures.add(path + " answered " + response.statusCode());
      }
      if (setsSessionCookie(response)) {
        failures.add(path + " set a session cookie " + response.headers().allValues("Set-Cookie"));
      }
    }
    long after = jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
    assertThat(failures).isEmpty();
    assertThat(after).isLessThanOrEqualTo(before);
  }

  @Test
  void anAnonymousFormWorksWithTheTokenOfItsPageAndIsRefusedWithout() throws Exception {
    String page = get("/tillganglighet").body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).isTrue();

    HttpResponse<String> without =
        postForm("/tillganglighet", "pageUrl=%2F&description=Kontrasten+%C3%A4r+f%C3%B6r+l%C3%A5g");
    assertThat(without.statusCode()).isEqualTo(403);

    HttpResponse<String> forged =
        postForm(
            "/tillganglighet",
            "_csrf="
                + token.group(1)
                + "x&pageUrl=%2F&description=Kontrasten+%C3%A4r+f%C3%B6r+l%C3%A5g");
    assertThat(forged.statusCode()).isEqualTo(403);

    HttpResponse<String> with =
        postForm(
            "/tillganglighet",
            "_csrf="
                + java.net.URLEncoder.encode(
                    token.group(1), java.nio.charset.StandardCharsets.UTF_8)
                + "&pageUrl=%2F&description=Kontrasten+%C3%A4r+f%C3%B6r+l%C3%A5g");
    assertThat(with.statusCode()).isEqualTo(302);
    assertThat(setsSessionCookie(with)).isFalse();
    // The notice after the redirect still shows, once.
    HttpResponse<String> after = get("/tillganglighet");
    assertThat(after.body()).contains("Vi har tagit emot din rapport");
    assertThat(setsSessionCookie(after)).isFalse();
    assertThat(get("/tillganglighet").body()).doesNotContain("Vi har tagit emot din rapport");
  }

  @Test
  void aTokenFromAnotherBrowserIsRefused() throws Exception {
    String page = get("/tillganglighet").body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).isTrue();
    HttpClient other = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    other.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tillganglighet")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> response =
        other.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tillganglighet"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf="
                            + java.net.URLEncoder.encode(
                                token.group(1), java.nio.charset.StandardCharsets.UTF_8)
                            + "&pageUrl=%2F&description=Kontrasten+%C3%A4r+f%C3%B6r+l%C3%A5g"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);
  }

  private static String token(String page) {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).isTrue();
    return java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void signingInReturnsToTheStaffPageAskedForAndStaffFormsWorkWithTheirOwnToken() throws Exception {
    HttpResponse<String> asked = get("/personal/admin/anvandare");
    assertThat(asked.statusCode()).isEqualTo(302);
    assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/logga-in");
    assertThat(setsSessionCookie(asked)).isFalse();

    String before = token(get("/logga-in").body());
    HttpResponse<String> signedIn =
        postForm(
            "/logga-in",
            "_csrf=" + before + "&email=admin%40lysekil.example&password=Trygghet2026%21");
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow())
        .endsWith("/personal/admin/anvandare");
    assertThat(get("/personal/admin/anvandare").statusCode()).isEqualTo(200);

    String page = get("/personal").body();
    // The token from before the sign-in is no longer valid; the page's own token is.
    HttpResponse<String> stale = postForm("/logga-ut", "_csrf=" + before);
    assertThat(stale.statusCode()).as(stale.headers().map().toString()).isEqualTo(403);
    HttpResponse<String> out = postForm("/logga-ut", "_csrf=" + token(page));
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().firstValue("Location").orElseThrow()).contains("utloggad");
    assertThat(get("/personal").statusCode()).isEqualTo(302);
  }
}
