package se.trygghetsdialog.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Rows map onto records as with Spring's mapper (snake case columns, conversions), without asking
 * the driver for a column it does not have or a type it cannot make: every such question made the
 * driver build an exception.
 */
class RecordRowMapperTest {

  enum Kind {
    SAFE,
    UNSAFE
  }

  record Category(UUID id, MunicipalityId municipalityId, String nameSv, Kind kind, int position) {}

  final List<String> asked = new ArrayList<>();

  /** A one-row result with these columns; findColumn throws for a name it does not know. */
  ResultSet row(Map<String, Object> columns) {
    List<String> labels = new ArrayList<>(columns.keySet());
    ResultSetMetaData meta =
        (ResultSetMetaData)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ResultSetMetaData.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getColumnCount" -> labels.size();
                      case "getColumnLabel", "getColumnName" -> labels.get((int) args[0] - 1);
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return (ResultSet)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ResultSet.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMetaData" -> meta;
                  case "findColumn" -> {
                    asked.add((String) args[0]);
                    int index = labels.indexOf(((String) args[0]).toLowerCase());
                    if (index < 0) {
                      throw new SQLException("no column " + args[0]);
                    }
                    yield index + 1;
                  }
                  case "getObject" -> {
                    if (args.length == 2 && !((Class<?>) args[1]).getName().startsWith("java.")) {
                      // As PostgreSQL's driver: it cannot make the application's own types.
                      asked.add(((Class<?>) args[1]).getSimpleName());
                      throw new SQLException("conversion to " + args[1] + " not supported");
                    }
                    yield columns.get(labels.get((int) args[0] - 1));
                  }
                  case "getString" -> (String) columns.get(labels.get((int) args[0] - 1));
                  case "getInt" -> (Integer) columns.get(labels.get((int) args[0] - 1));
                  case "wasNull" -> false;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void mapsSnakeCaseColumnsOntoTheRecordWithoutAskingTheDriverForMissingNames() throws Exception {
    UUID id = UUID.randomUUID();
    UUID municipality = UUID.randomUUID();
    Map<String, Object> columns = new java.util.LinkedHashMap<>();
    columns.put("id", id);
    columns.put("municipality_id", municipality);
    columns.put("name_sv", "Belysning");
    columns.put("kind", "UNSAFE");
    columns.put("position", 30);

    Category mapped = new RecordRowMapper<>(Category.class).mapRow(row(columns), 0);

    assertThat(mapped)
        .isEqualTo(
            new Category(id, new MunicipalityId(municipality), "Belysning", Kind.UNSAFE, 30));
    // Spring's DataClassRowMapper asks for municipalityid and namesv first, and for a
    // MunicipalityId value, and the driver throws each time.
    assertThat(asked).isEmpty();
  }

  @Test
  void aComponentWithoutAColumnStillFails() {
    Map<String, Object> columns = new java.util.LinkedHashMap<>();
    columns.put("id", UUID.randomUUID());
    assertThatThrownBy(() -> new RecordRowMapper<>(Category.class).mapRow(row(columns), 0))
        .isInstanceOf(SQLException.class);
  }
}
