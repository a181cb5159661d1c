package se.trygghetsdialog.shared.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The full addresses of the service's own pages, for links in mails: the configured base address
 * ({@code app.base-url}, without a trailing slash) followed by the page's path.
 */
@Component
public class PublicLinks {

  private final String baseUrl;

  PublicLinks(@Value("${app.base-url}") String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The full address of a path of the service, for example {@code /rapport/TOKEN}. */
  public String to(String path) {
    return baseUrl + path;
  }
}
