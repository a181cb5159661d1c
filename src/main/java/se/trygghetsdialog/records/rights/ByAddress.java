package se.trygghetsdialog.records.rights;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Runs a {@link PersonalDataHolder}'s SQL with the two parameters every holder uses: {@code :m} the
 * municipality and {@code :e} the normalised address.
 */
public final class ByAddress {

  private ByAddress() {}

  public static <T> List<T> query(
      JdbcClient jdbc, String sql, MunicipalityId municipality, String email, RowMapper<T> rows) {
    return jdbc.sql(sql).param("m", municipality.value()).param("e", email).query(rows).list();
  }

  public static int update(JdbcClient jdbc, String sql, MunicipalityId municipality, String email) {
    return jdbc.sql(sql).param("m", municipality.value()).param("e", email).update();
  }
}
