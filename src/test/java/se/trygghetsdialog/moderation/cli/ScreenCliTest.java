package se.trygghetsdialog.moderation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.trygghetsdialog.moderation.PersonalDataKind;

/** The jar's {@code screen FILE.csv} command: its output format, its errors and exit status. */
class ScreenCliTest {

  @TempDir Path dir;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int screen(String content) throws IOException {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return ScreenCli.run(
        new String[] {"screen", file.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesOneRowPerInputRowInOrderWithTheKindsFoundSeparatedBySemicolons() throws IOException {
    int status =
        screen(
            "id,text\r\n"
                + "a1,\"Mitt personnummer är 810313-6662, hälsningar Anna Karlsson\"\r\n"
                + "b2,Lampan vid busshållplatsen är trasig.\r\n"
                + "c3,\"Ring mig på 070-123 45 67, \"\"snälla\"\"\nflera rader\"\r\n");

    assertThat(status).isZero();
    assertThat(out()).isEqualTo("id,kinds\r\na1,PERSONNUMMER;NAME\r\nb2,\r\nc3,PHONE\r\n");
    assertThat(err()).contains("3 rows screened");
  }

  @Test
  void aFileWithOnlyTheHeaderGivesOnlyTheHeader() throws IOException {
    assertThat(screen("id,text\n")).isZero();
    assertThat(out()).isEqualTo("id,kinds\r\n");
  }

  @Test
  void everyKindHasAShortUpperCaseCode() {
    assertThat(ScreenCli.CODES).hasSize(PersonalDataKind.values().length);
    assertThat(ScreenCli.CODES.values())
        .allMatch(code -> code.matches("[A-Z]+"))
        .doesNotHaveDuplicates();
    assertThat(ScreenCli.CODES.get(PersonalDataKind.PERSONAL_IDENTITY_NUMBER))
        .isEqualTo("PERSONNUMMER");
    assertThat(ScreenCli.CODES.get(PersonalDataKind.PERSONAL_NAME)).isEqualTo("NAME");
  }

  @Test
  void aMissingHeaderExitsWithTwoNamingLineOne() throws IOException {
    assertThat(screen("a1,Lampan är trasig.\n")).isEqualTo(2);
    assertThat(err()).contains("line 1").contains("id,text");
    assertThat(out()).isEmpty();
  }

  @Test
  void anEmptyFileExitsWithTwo() throws IOException {
    assertThat(screen("")).isEqualTo(2);
    assertThat(err()).contains("line 1");
  }

  @Test
  void aRowWithTheWrongNumberOfColumnsExitsWithTwoNamingItsLine() throws IOException {
    assertThat(screen("id,text\na1,Lampan.\nb2,Bänken,är trasig\n")).isEqualTo(2);
    assertThat(err()).contains("line 3").contains("2 columns");
    assertThat(out()).isEmpty();
  }

  @Test
  void anUnbalancedQuoteExitsWithTwoNamingTheLineWhereTheFieldStarts() throws IOException {
    assertThat(screen("id,text\na1,Lampan.\nb2,\"Bänken är trasig\nc3,Mörkt.\n")).isEqualTo(2);
    assertThat(err()).contains("line 3").contains("quote");
  }

  @Test
  void aFileThatIsNotUtf8ExitsWithTwo() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "id,text\na1,Bänken\n".getBytes(StandardCharsets.ISO_8859_1));
    int status =
        ScreenCli.run(
            new String[] {"screen", file.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err()).contains("UTF-8");
  }

  @Test
  void aMissingFileOrArgumentExitsWithTwo() {
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(ScreenCli.run(new String[] {"screen"}, o, e)).isEqualTo(2);
    assertThat(ScreenCli.run(new String[] {"screen", dir.resolve("nope.csv").toString()}, o, e))
        .isEqualTo(2);
  }
}
