package se.trygghetsdialog.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportGazetteerFieldsTest {

  @Test
  void readsPlainAndQuotedFieldsOfALine() {
    assertThat(ImportGazetteer.fields("Torget;plats;58,2741;11,4358", ';'))
        .containsExactly("Torget", "plats", "58,2741", "11,4358");
    assertThat(ImportGazetteer.fields("\"Kajen, norra\",plats,58.27,11.43", ','))
        .containsExactly("Kajen, norra", "plats", "58.27", "11.43");
  }

  @Test
  void aQuoteLeftOpenIsNoRow() {
    assertThat(ImportGazetteer.fields("\"Kajen;plats;58.27;11.43", ';')).isNull();
  }
}
