package se.trygghetsdialog.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportPolisCsvTest {

  @Test
  void aLeadingFormulaSignIsDefusedSoASpreadsheetShowsText() {
    assertThat(ExportPolisCsv.defused("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    assertThat(ExportPolisCsv.defused("+1")).isEqualTo("'+1");
    assertThat(ExportPolisCsv.defused("-1")).isEqualTo("'-1");
    assertThat(ExportPolisCsv.defused("@x")).isEqualTo("'@x");
    assertThat(ExportPolisCsv.defused("Mer ljus")).isEqualTo("Mer ljus");
    assertThat(ExportPolisCsv.defused("")).isEmpty();
  }
}
