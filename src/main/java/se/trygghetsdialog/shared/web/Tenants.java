package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.TenantResolver;

/** Resolves the tenant once per request and keeps it as a request attribute. */
public final class Tenants {

  /**
   * The error message of {@code sendError(503, CLOSED)} when the municipality of the host is not in
   * use: the error page then says so; any other 503 is a failure like a 500.
   */
  public static final String CLOSED = "municipality-closed";

  private static final String ATTRIBUTE = Tenants.class.getName();

  private Tenants() {}

  public static Tenant current(HttpServletRequest request, TenantResolver resolver) {
    Object cached = request.getAttribute(ATTRIBUTE);
    if (cached instanceof Tenant tenant) {
      return tenant;
    }
    Tenant tenant = resolver.resolve(request.getServerName());
    request.setAttribute(ATTRIBUTE, tenant);
    return tenant;
  }
}
