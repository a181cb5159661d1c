package se.trygghetsdialog.shared.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated resident's browser for the HTTP benchmarks ({@code opinion-app-bench}, {@code
 * place-ingest-bench}): keeps the cookies the application sets and sends them back, and reads the
 * CSRF token (the form's one hidden field that is not a form field of its own) from a page.
 */
public class BenchBrowser {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
  private static final Pattern SET_COOKIE = Pattern.compile("^([^=]+)=([^;]*)");

  private final HttpClient http;
  protected final Map<String, String> cookies = new LinkedHashMap<>();
  protected String tokenName = "";
  protected String token = "";

  /**
   * Opens {@code page} and takes the first hidden field not named in {@code formFields} as the CSRF
   * token.
   */
  protected BenchBrowser(HttpClient http, URI page, Set<String> formFields)
      throws IOException, InterruptedException {
    this.http = http;
    Matcher m = HIDDEN.matcher(send(HttpRequest.newBuilder(page).GET()).body());
    while (m.find()) {
      if (!formFields.contains(m.group(1))) {
        tokenName = m.group(1);
        token = m.group(2);
        break;
      }
    }
  }

  /** Sends the request with this browser's cookies and keeps the cookies of the answer. */
  public HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k + "=" + v));
      request.header("Cookie", header.toString());
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    for (String c : response.headers().allValues("set-cookie")) {
      Matcher m = SET_COOKIE.matcher(c);
      if (m.find()) {
        cookies.put(m.group(1).trim(), m.group(2));
      }
    }
    return response;
  }

  /** The integer after {@code name} in a command line's arguments, else {@code fallback}. */
  public static int option(String[] args, String name, int fallback) {
    for (int i = 1; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
