package se.trygghetsdialog.lagesbild;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Extension point for part 2 of the lägesbild, "annan relevant information" (lag 2023:196 §4): a
 * module that holds relevant information (place reports, dialogues, and later field reports, safety
 * walks, surveys) implements it as a Spring bean. Staff choose which facts go into the lägesbild;
 * adoption copies the chosen facts into the version, so later changes in the source never change an
 * adopted version.
 *
 * <p>Implementations must return public information only (counts, public titles), with titles,
 * sources, labels and notes in the language asked for (Swedish is the language of the document; an
 * adopted version also keeps the facts in English for English pages), and should be cheap enough to
 * call on a staff page view. Keys and the order of facts must not depend on the language.
 */
public interface LagesbildSource {

  /**
   * The facts of this source for the period {@code from} to {@code to}, both inclusive, worded in
   * {@code locale}.
   */
  List<LagesbildFact> facts(
      MunicipalityId municipality, LocalDate from, LocalDate to, Locale locale);

  /** The facts in Swedish, the language of the document. */
  default List<LagesbildFact> facts(MunicipalityId municipality, LocalDate from, LocalDate to) {
    return facts(municipality, from, to, Locale.forLanguageTag("sv"));
  }

  /** The start of the period: midnight Swedish time at the start of {@code from}. */
  static OffsetDateTime periodStart(LocalDate from) {
    return from.atStartOfDay(ZoneId.of("Europe/Stockholm")).toOffsetDateTime();
  }

  /** The (exclusive) end of the period: midnight Swedish time after {@code to}. */
  static OffsetDateTime periodEnd(LocalDate to) {
    return to.plusDays(1).atStartOfDay(ZoneId.of("Europe/Stockholm")).toOffsetDateTime();
  }

  /**
   * The rows of a query over the period, mapped to {@code type}: the query takes the municipality
   * as {@code :m} and the period as {@code :from} (inclusive) and {@code :to} (exclusive) instants.
   */
  static <T> List<T> rowsOfPeriod(
      JdbcClient jdbc,
      String sql,
      MunicipalityId municipality,
      LocalDate from,
      LocalDate to,
      Class<T> type) {
    return jdbc.sql(sql)
        .param("m", municipality.value())
        .param("from", periodStart(from))
        .param("to", periodEnd(to))
        .query(type)
        .list();
  }
}
