package se.trygghetsdialog.moderation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.PersonalDataScreener;

/**
 * {@code screen FILE.csv}: reads a CSV file (UTF-8, RFC 4180, a header row {@code id,text}) and
 * writes to standard output a CSV with the header {@code id,kinds} and one row per input row in the
 * same order, {@code kinds} empty when screening found nothing, else the codes of the kinds found
 * separated by semicolons (see {@link #CODES}). Messages go to standard error. Exit status 0 when
 * the file was screened, 2 with a message naming the line when the file is missing or malformed (no
 * header, another number of columns, a quote left open, not UTF-8).
 */
public final class ScreenCli {

  /** The code of each kind in the output, documented in docs/records-formats.md. */
  public static final Map<PersonalDataKind, String> CODES = codes();

  private static final String COMMAND = "screen";

  private ScreenCli() {}

  public static boolean handles(String command) {
    return COMMAND.equals(command);
  }

  public static int run(String[] args) {
    return run(
        args,
        new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8));
  }

  /** The command on these streams; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: screen FILE.csv (a CSV file with the header id,text)");
      return 2;
    }
    Path file = Path.of(args[1]);
    List<CSVRecord> rows;
    try {
      rows = read(file);
    } catch (Malformed e) {
      err.println(file + ": " + e.getMessage());
      return 2;
    }
    PersonalDataScreener screener = new PersonalDataScreener();
    int flagged = 0;
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "kinds").get())) {
      for (CSVRecord row : rows) {
        Set<PersonalDataKind> kinds = screener.screen(row.get(1)).kinds();
        if (!kinds.isEmpty()) {
          flagged++;
        }
        printer.printRecord(row.get(0), codes(kinds));
      }
      printer.flush();
    } catch (IOException e) {
      err.println("cannot write: " + e.getMessage());
      return 2;
    }
    err.println("screen: " + rows.size() + " rows screened, " + flagged + " with personal data");
    return 0;
  }

  /** The codes of the kinds, in the order of {@link PersonalDataKind}, joined by semicolons. */
  static String codes(Set<PersonalDataKind> kinds) {
    return kinds.stream().sorted().map(CODES::get).collect(Collectors.joining(";"));
  }

  private static List<CSVRecord> read(Path file) throws Malformed {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Malformed("not UTF-8");
    } catch (IOException e) {
      throw new Malformed("cannot read the file (" + e.getMessage() + ")");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<CSVRecord> rows = new ArrayList<>();
    long line = 1;
    try (Reader reader = new java.io.StringReader(text);
        CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
      Iterator<CSVRecord> records = parser.iterator();
      boolean header = true;
      while (true) {
        long start = line;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new Malformed("line " + start + ": a quote is not closed");
        }
        line = parser.getCurrentLineNumber() + 1;
        if (header) {
          header = false;
          if (record.size() != 2
              || !"id".equals(record.get(0).strip())
              || !"text".equals(record.get(1).strip())) {
            throw new Malformed("line " + start + ": the header must be id,text");
          }
          continue;
        }
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        if (record.size() != 2) {
          throw new Malformed(
              "line " + start + ": expected 2 columns (id,text), found " + record.size());
        }
        rows.add(record);
      }
      if (header) {
        throw new Malformed("line 1: the file is empty, the header id,text is missing");
      }
    } catch (IOException e) {
      throw new Malformed("line " + line + ": " + e.getMessage());
    }
    return rows;
  }

  private static Map<PersonalDataKind, String> codes() {
    Map<PersonalDataKind, String> codes = new EnumMap<>(PersonalDataKind.class);
    codes.put(PersonalDataKind.PERSONAL_IDENTITY_NUMBER, "PERSONNUMMER");
    codes.put(PersonalDataKind.COORDINATION_NUMBER, "SAMORDNINGSNUMMER");
    codes.put(PersonalDataKind.PHONE_NUMBER, "PHONE");
    codes.put(PersonalDataKind.EMAIL_ADDRESS, "EMAIL");
    codes.put(PersonalDataKind.STREET_ADDRESS, "ADDRESS");
    codes.put(PersonalDataKind.VEHICLE_REGISTRATION, "VEHICLE");
    codes.put(PersonalDataKind.PERSONAL_NAME, "NAME");
    codes.put(PersonalDataKind.HEALTH, "HEALTH");
    codes.put(PersonalDataKind.ETHNICITY, "ETHNICITY");
    codes.put(PersonalDataKind.RELIGION, "RELIGION");
    codes.put(PersonalDataKind.SEXUALITY, "SEXUALITY");
    codes.put(PersonalDataKind.CRIME_ALLEGATION, "CRIME");
    return Map.copyOf(codes);
  }

  /** The file cannot be screened; the message names the line. */
  private static final class Malformed extends Exception {
    Malformed(String message) {
      super(message);
    }
  }
}
