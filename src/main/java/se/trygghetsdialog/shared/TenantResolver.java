package se.trygghetsdialog.shared;

/** Resolves the tenant of a request from its host name; implemented by the tenancy module. */
public interface TenantResolver {

  /**
   * @param hostName the request's host name without port
   * @return the municipality that claims the host, or the default municipality
   */
  Tenant resolve(String hostName);
}
