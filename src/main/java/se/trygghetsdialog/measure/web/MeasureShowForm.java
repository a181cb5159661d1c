package se.trygghetsdialog.measure.web;

import org.jspecify.annotations.Nullable;

/**
 * What the forms of a measure's page (and the register's not-used form) hold, as typed: for showing
 * them again.
 *
 * @param sok the search words, when a search was made
 * @param typ the input type searched
 * @param choice the input picked from the search results
 */
public record MeasureShowForm(
    @Nullable String note,
    @Nullable String progressNote,
    @Nullable String inputType,
    @Nullable String inputId,
    @Nullable String choice,
    @Nullable String sok,
    @Nullable String typ) {

  static MeasureShowForm blank() {
    return new MeasureShowForm(null, null, null, null, null, null, null);
  }

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}
