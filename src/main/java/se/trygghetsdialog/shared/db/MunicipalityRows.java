package se.trygghetsdialog.shared.db;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * One municipality's rows of one table (or join) in explicit SQL and the row mapper for them, kept
 * as a constant in a repository.
 *
 * <p>The repository writes the columns and the from clause up to and including the municipality
 * condition, which binds {@code :m}, for example {@code FROM measure m WHERE m.municipality_id =
 * :m}. A query selects {@code SELECT columns from rest}, where the rest is its own SQL as written
 * (further conditions, ordering) with its own parameters; a count selects {@code SELECT count(*)
 * from rest}. Nothing is generated: this only saves repeating the select, the municipality
 * parameter, paging and the row mapper in every query of a repository (ADR 0002).
 *
 * @param columns the select list
 * @param from the from clause up to its municipality condition on {@code :m}
 * @param mapper maps one row
 * @param <T> the type a row is mapped to
 */
public record MunicipalityRows<T>(String columns, String from, RowMapper<T> mapper) {

  /**
   * Rows mapped onto the record {@code type} by name: each column (or its alias) in snake case
   * fills the component of that name in camel case, converted where needed (a UUID to a {@link
   * MunicipalityId}, text to an enum); for a record whose components are the columns one to one.
   */
  public static <T> MunicipalityRows<T> of(Class<T> type, String columns, String from) {
    return new MunicipalityRows<>(columns, from, new RecordRowMapper<>(type));
  }

  /** The rows of {@code SELECT columns from rest}, with {@code :m} and the params bound. */
  public JdbcClient.MappedQuerySpec<T> query(
      JdbcClient jdbc, MunicipalityId municipality, String rest, Map<String, ?> params) {
    return jdbc.sql("SELECT " + columns + " " + from + " " + rest)
        .param("m", municipality.value())
        .params(params)
        .query(mapper);
  }

  /** The row the rest of the SQL selects, if any; more than one is an error. */
  public Optional<T> optional(
      JdbcClient jdbc, MunicipalityId municipality, String rest, Map<String, ?> params) {
    return query(jdbc, municipality, rest, params).optional();
  }

  /** The rows the rest of the SQL selects, in its order. */
  public List<T> list(
      JdbcClient jdbc, MunicipalityId municipality, String rest, Map<String, ?> params) {
    return query(jdbc, municipality, rest, params).list();
  }

  /** The rows the rest of the SQL (often only an ordering) selects, in its order. */
  public List<T> list(JdbcClient jdbc, MunicipalityId municipality, String rest) {
    return list(jdbc, municipality, rest, Map.of());
  }

  /** One page of all the municipality's rows in the order {@code orderBy} (an ORDER BY clause). */
  public List<T> page(
      JdbcClient jdbc, MunicipalityId municipality, String orderBy, int limit, int offset) {
    return list(
        jdbc,
        municipality,
        orderBy + " LIMIT :limit OFFSET :offset",
        Map.of("limit", limit, "offset", offset));
  }

  /** How many rows {@code SELECT count(*) from rest} counts. */
  public int count(
      JdbcClient jdbc, MunicipalityId municipality, String rest, Map<String, ?> params) {
    return jdbc.sql("SELECT count(*) " + from + " " + rest)
        .param("m", municipality.value())
        .params(params)
        .query(Integer.class)
        .single();
  }

  /** How many rows the municipality has. */
  public int count(JdbcClient jdbc, MunicipalityId municipality) {
    return count(jdbc, municipality, "", Map.of());
  }
}
