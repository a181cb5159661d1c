package se.trygghetsdialog.records.rights;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A {@link PersonalDataHolder} that is nothing but SQL, run by {@link ByAddress} (parameters {@code
 * :m} and {@code :e}). The query's first three columns are the item's id, its time and its title
 * (empty for none); every further column is one value of the export, named by its column label in
 * camel case ({@code email_address} becomes {@code emailAddress}; a null value is empty). The erase
 * statements run in order; the last one's count is the number of items erased. A module's holder
 * extends this with its own SQL.
 */
public abstract class SqlPersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;
  private final String module;
  private final String descriptionKey;
  private final String findSql;
  private final List<String> eraseSql;

  protected SqlPersonalData(
      JdbcClient jdbc, String module, String descriptionKey, String findSql, String... eraseSql) {
    this.jdbc = jdbc;
    this.module = module;
    this.descriptionKey = descriptionKey;
    this.findSql = findSql;
    this.eraseSql = List.of(eraseSql);
  }

  @Override
  public List<PersonalDataItem> find(MunicipalityId municipality, String email) {
    return ByAddress.query(jdbc, findSql, municipality, email, (rs, row) -> item(rs));
  }

  @Override
  public int erase(MunicipalityId municipality, String email) {
    int erased = 0;
    for (String sql : eraseSql) {
      erased = ByAddress.update(jdbc, sql, municipality, email);
    }
    return erased;
  }

  private PersonalDataItem item(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    Map<String, String> data = new LinkedHashMap<>();
    for (int column = 4; column <= meta.getColumnCount(); column++) {
      data.put(
          JdbcUtils.convertUnderscoreNameToPropertyName(meta.getColumnLabel(column)),
          value(rs, column));
    }
    return new PersonalDataItem(
        module,
        descriptionKey,
        value(rs, 3),
        rs.getObject(1, UUID.class),
        rs.getObject(2, OffsetDateTime.class),
        data);
  }

  private static String value(ResultSet rs, int column) throws SQLException {
    Object value = rs.getObject(column);
    if (value == null) {
      return "";
    }
    if (value instanceof Timestamp) {
      return String.valueOf(rs.getObject(column, OffsetDateTime.class));
    }
    return value.toString();
  }
}
