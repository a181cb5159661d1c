package se.trygghetsdialog.opinion.clustering.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static CsvReader reader(String text) {
    return new CsvReader(new StringReader(text), Path.of("comments.csv"));
  }

  @Test
  void namesThePhysicalLineOnWhichEachRecordStarts() throws Exception {
    try (CsvReader csv =
        reader("id,text\r\n1,\"two\nlines\"\n\n2,\"a \"\"quote\"\", here\"\n3,x")) {
      assertThat(csv.next()).containsExactly("id", "text");
      assertThat(csv.recordLine()).isEqualTo(1);
      assertThat(csv.next()).containsExactly("1", "two\nlines");
      assertThat(csv.recordLine()).isEqualTo(2);
      assertThat(csv.next()).containsExactly("2", "a \"quote\", here");
      assertThat(csv.recordLine()).isEqualTo(5);
      assertThat(csv.next()).containsExactly("3", "x");
      assertThat(csv.recordLine()).isEqualTo(6);
      assertThat(csv.next()).isNull();
    }
  }

  @Test
  void anOpenQuoteNamesTheFileAndTheLineWhereTheFieldStarted() throws Exception {
    try (CsvReader csv = reader("id,text\n1,ok\n2,\"never closed\n3,x\n")) {
      csv.next();
      csv.next();
      assertThatThrownBy(csv::next)
          .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(3))
          .hasMessageContaining("comments.csv");
    }
  }
}
