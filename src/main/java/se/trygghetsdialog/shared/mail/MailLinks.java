package se.trygghetsdialog.shared.mail;

import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links for mails: the installation's public address ({@code app.base-url}, a trailing
 * slash dropped) followed by a path of the application.
 */
@Component
public class MailLinks {

  private final String baseUrl;

  MailLinks(@Value("${app.base-url}") String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The absolute address of {@code path}, which starts with a slash. */
  public String to(String path) {
    return baseUrl + path;
  }

  /**
   * The absolute address of {@code path} on a municipality's own host: its first host name with the
   * scheme and port of {@code app.base-url}; {@code app.base-url} itself when it has none.
   */
  public String to(List<String> hostNames, String path) {
    if (hostNames.isEmpty()) {
      return to(path);
    }
    URI base = URI.create(baseUrl);
    return base.getScheme()
        + "://"
        + hostNames.get(0)
        + (base.getPort() < 0 ? "" : ":" + base.getPort())
        + path;
  }
}
