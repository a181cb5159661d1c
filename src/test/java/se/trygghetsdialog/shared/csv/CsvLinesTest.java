package se.trygghetsdialog.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLinesTest {

  @Test
  void theHeaderIsTheFirstNonBlankLineAndGivesTheSeparator() {
    CsvLines csv = CsvLines.of("\n  \r\na;b,c\n1;2\n").orElseThrow();
    assertThat(csv.headerNumber()).isEqualTo(3);
    assertThat(csv.separator()).isEqualTo(';');
    assertThat(csv.header()).containsExactly("a", "b,c");
  }

  @Test
  void aHeaderWithoutSemicolonIsSplitAtCommas() {
    assertThat(CsvLines.of("a,b\n").orElseThrow().header()).containsExactly("a", "b");
  }

  @Test
  void blankLinesAreSkippedAndEveryRowKeepsItsLineNumber() {
    CsvLines csv =
        CsvLines.of("a;b\r\n\r\n 1 ; \"två; tre\"\n\n\"sa \"\"hej\"\"\";4").orElseThrow();
    assertThat(csv.rows()).extracting(CsvLines.Line::number).containsExactly(3, 5);
    assertThat(csv.rows())
        .extracting(CsvLines.Line::fields)
        .containsExactly(List.of("1", "två; tre"), List.of("sa \"hej\"", "4"));
  }

  @Test
  void aLineWithAnOpenQuoteHasNoFields() {
    CsvLines csv = CsvLines.of("a;b\n\"öppen;1\n").orElseThrow();
    assertThat(csv.rows().get(0).fields()).isNull();
  }

  @Test
  void aTextOfBlankLinesHasNoHeader() {
    assertThat(CsvLines.of(" \n\n")).isEmpty();
  }
}
