package se.trygghetsdialog.shared.mail;

import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.TenantResolver;

/**
 * Absolute links for mails: a municipality's own host, or the installation's public address ({@code
 * app.base-url}, a trailing slash dropped), followed by a path of the application.
 */
@Component
public class MailLinks {

  private final String baseUrl;
  private final TenantResolver tenants;

  MailLinks(@Value("${app.base-url}") String baseUrl, TenantResolver tenants) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.tenants = tenants;
  }

  /**
   * The absolute address of {@code path} on the municipality's own host (its first host name), as
   * {@link #to(List, String)}: a mail links the recipient to the municipality it is about.
   */
  public String to(MunicipalityId municipality, String path) {
    return to(tenants.hostNames(municipality), path);
  }

  /**
   * The absolute address of {@code path} on {@code app.base-url}, which starts with a slash. Mails
   * about a municipality use {@link #to(MunicipalityId, String)}.
   */
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
