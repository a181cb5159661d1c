package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.TenantResolver;

/** Adds the {@link Ui} model to every page a controller renders. */
@ControllerAdvice
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UiAdvice {

  private final MessageSource messages;
  private final TenantResolver tenants;
  private final ObjectProvider<MunicipalityLooks> looks;

  @ModelAttribute("ui")
  Ui ui(HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    if (csrf != null) {
      // Resolved now, while its cookie can still be set: the page streams out as it renders.
      csrf.getToken();
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
    Object notice = flash == null ? null : flash.get("notice");
    Object nonce = request.getAttribute(CspNonceFilter.NONCE_ATTRIBUTE);
    String path = request.getRequestURI();
    Object original = request.getAttribute("jakarta.servlet.forward.request_uri");
    if (original instanceof String forwarded) {
      path = forwarded;
    }
    Tenant tenant = Tenants.current(request, tenants);
    MunicipalityLooks source = looks.getIfAvailable();
    return new Ui(
        messages,
        RequestContextUtils.getLocale(request),
        nonce == null ? "" : nonce.toString(),
        csrf,
        tenant,
        authentication,
        path,
        notice == null ? null : notice.toString(),
        () -> source == null ? MunicipalityLook.PLAIN : source.of(tenant.id()));
  }
}
