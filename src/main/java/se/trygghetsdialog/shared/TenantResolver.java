package se.trygghetsdialog.shared;

import java.util.List;

/** Resolves the tenant of a request from its host name; implemented by the tenancy module. */
public interface TenantResolver {

  /**
   * @param hostName the request's host name without port
   * @return the municipality that claims the host, or the default municipality
   */
  Tenant resolve(String hostName);

  /**
   * The host names a municipality answers on, the one its links use first; empty when it has none
   * (the default municipality, which serves every host name no other claims) or is unknown. This
   * default knows none.
   */
  default List<String> hostNames(MunicipalityId municipality) {
    return List.of();
  }
}
