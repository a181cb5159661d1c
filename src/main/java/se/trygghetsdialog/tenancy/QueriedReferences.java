package se.trygghetsdialog.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A module's {@link TenancyReferences} as SQL: per kind of thing (its message key) a query with the
 * parameters {@code :m} (the municipality) and {@code :id} (the organisation or area) that selects
 * one {@code name} a row. A count can stand for many rows: {@code SELECT count(*)::text AS name ...
 * HAVING count(*) > 0}.
 */
public abstract class QueriedReferences implements TenancyReferences {

  private final JdbcClient jdbc;
  private final Map<String, String> toOrganisation;
  private final Map<String, String> toArea;

  /**
   * @param toOrganisation the queries for an organisation, by message key, in order
   * @param toArea the queries for an area, by message key, in order
   */
  protected QueriedReferences(
      JdbcClient jdbc, Map<String, String> toOrganisation, Map<String, String> toArea) {
    this.jdbc = jdbc;
    this.toOrganisation = toOrganisation;
    this.toArea = toArea;
  }

  @Override
  public List<Reference> toOrganisation(MunicipalityId municipality, UUID organisationId) {
    return run(toOrganisation, municipality, organisationId);
  }

  @Override
  public List<Reference> toArea(MunicipalityId municipality, UUID areaId) {
    return run(toArea, municipality, areaId);
  }

  private List<Reference> run(Map<String, String> queries, MunicipalityId municipality, UUID id) {
    List<Reference> found = new ArrayList<>();
    queries.forEach(
        (key, sql) ->
            jdbc
                .sql(sql)
                .param("m", municipality.value())
                .param("id", id)
                .query(String.class)
                .list()
                .stream()
                .map(name -> new Reference(key, name))
                .forEach(found::add));
    return found;
  }
}
