package se.trygghetsdialog.shared.db;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeConverter;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Spring's {@link DataClassRowMapper} (a column in snake case fills the record component of that
 * name in camel case, converted where needed), without its exceptions. Spring looks each component
 * up first by its name in lower case ({@code municipalityid}) and, when the driver throws because
 * no column has that name, by its name in snake case: for every row, for every component whose name
 * has more than one word, PostgreSQL's driver built an exception with a translated message and the
 * whole stack. The place report form read its 19 categories that way, some 80 exceptions per report
 * and a tenth of its time. Here the same two names are looked for in the result's column labels;
 * only a component that has neither still fails as in Spring.
 *
 * @param <T> the record a row is mapped to
 */
public class RecordRowMapper<T> extends DataClassRowMapper<T> {

  private final Constructor<T> constructor;
  private final String[] names;
  private final TypeDescriptor[] types;

  public RecordRowMapper(Class<T> type) {
    super(type);
    this.constructor = BeanUtils.getResolvableConstructor(type);
    this.names = constructor.getParameterCount() == 0 ? new String[0] : parameterNames(constructor);
    this.types = new TypeDescriptor[names.length];
    for (int i = 0; i < names.length; i++) {
      types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
    }
  }

  private static String[] parameterNames(Constructor<?> constructor) {
    return BeanUtils.getParameterNames(constructor);
  }

  @Override
  protected T constructMappedInstance(ResultSet rs, TypeConverter tc) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    @Nullable Object[] args = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      int index = column(meta, lowerCaseName(names[i]));
      if (index < 0) {
        index = column(meta, underscoreName(names[i]));
      }
      if (index < 0) {
        // Neither name: fails as Spring's mapper does.
        index = rs.findColumn(underscoreName(names[i]));
      }
      TypeDescriptor type = types[i];
      Object value = getColumnValue(rs, index, type.getType());
      args[i] = tc.convertIfNecessary(value, type.getType(), type);
    }
    return BeanUtils.instantiateClass(constructor, args);
  }

  /**
   * The column's value for a component of this type. For a type the driver cannot make (the
   * application's own, such as {@code MunicipalityId}) Spring asks the driver all the same, which
   * throws, and then takes the plain value; here the plain value is taken at once and converted as
   * before.
   */
  @Override
  protected @Nullable Object getColumnValue(ResultSet rs, int index, Class<?> paramType)
      throws SQLException {
    if (paramType.isPrimitive()
        || paramType.isArray()
        || paramType.isEnum()
        || paramType.getName().startsWith("java.")) {
      return super.getColumnValue(rs, index, paramType);
    }
    return JdbcUtils.getResultSetValue(rs, index);
  }

  /** The first column labelled {@code name} (ignoring case, as the driver does), else -1. */
  private static int column(ResultSetMetaData meta, String name) throws SQLException {
    int count = meta.getColumnCount();
    for (int c = 1; c <= count; c++) {
      if (name.equalsIgnoreCase(meta.getColumnLabel(c))) {
        return c;
      }
    }
    return -1;
  }
}
