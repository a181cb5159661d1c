package se.trygghetsdialog.shared;

/**
 * The municipality a request belongs to, resolved from the host name at the edge.
 *
 * @param id the tenant key carried by every table
 * @param code the four-digit kommunkod
 * @param name the municipality's name as residents know it
 */
public record Tenant(MunicipalityId id, String code, String name) {}
