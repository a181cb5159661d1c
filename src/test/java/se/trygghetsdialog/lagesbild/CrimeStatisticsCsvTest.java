package se.trygghetsdialog.lagesbild;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrimeStatisticsCsvTest {

  static CrimeStatisticsCsv.Result parse(String text) {
    return CrimeStatisticsCsv.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<Integer> lines(CrimeStatisticsCsv.Result result) {
    return result.errors().stream().map(CrimeStatisticsCsv.LineError::line).toList();
  }

  static List<String> keys(CrimeStatisticsCsv.Result result) {
    return result.errors().stream().map(CrimeStatisticsCsv.LineError::messageKey).toList();
  }

  @Test
  void readsSemicolonSeparatedYearsQuartersAndMonths() {
    var result =
        parse("kategori;period;antal\nMisshandel;2024;212\nRån;2024-Q1;3\nStöld;2024-03;1 204\n");
    assertThat(result.ok()).isTrue();
    assertThat(result.rows())
        .containsExactly(
            new CrimeStatistic("Misshandel", new CrimePeriod(CrimePeriod.Kind.YEAR, 2024, 0), 212),
            new CrimeStatistic("Rån", new CrimePeriod(CrimePeriod.Kind.QUARTER, 2024, 1), 3),
            new CrimeStatistic("Stöld", new CrimePeriod(CrimePeriod.Kind.MONTH, 2024, 3), 1204));
  }

  @Test
  void readsCommaSeparatedWithQuotesCrLfAndEnglishHeader() {
    var result = parse("category,period,count\r\n\"Stöld, grov\",2025-q4,7\r\n\r\nRån,2025,0\r\n");
    assertThat(result.ok()).isTrue();
    assertThat(result.rows())
        .extracting(CrimeStatistic::category)
        .containsExactly("Stöld, grov", "Rån");
    assertThat(result.rows().get(0).period().toString()).isEqualTo("2025-Q4");
    assertThat(result.rows().get(1).count()).isZero();
  }

  @Test
  void acceptsAByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "kategori;period;antal\nMisshandel;2024;5\n".getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(body, 0, file, bom.length, body.length);
    var result = CrimeStatisticsCsv.parse(file);
    assertThat(result.ok()).isTrue();
    assertThat(result.rows()).hasSize(1);
  }

  @Test
  void aWrongHeaderNamesLineOne() {
    var result = parse("brott;år;antal\nMisshandel;2024;5\n");
    assertThat(lines(result)).containsExactly(1);
    assertThat(keys(result)).containsExactly("measure.lagesbild.csv.error.header");
    assertThat(result.rows()).isEmpty();
  }

  @Test
  void everyBadLineIsNamedAndNothingIsReturnedFromABadFile() {
    var result =
        parse(
            String.join(
                "\n",
                "kategori;period;antal",
                "Misshandel;2024;212",
                "Rån;2024;tolv",
                "Stöld;2024;-4",
                "Bedrägeri;2024",
                "Skadegörelse;2024-13;5",
                "Hot;24;5",
                "Misshandel;2024;1",
                ";2024;1",
                "Olaga intrång;2024;\"3",
                "Ofredande;2024;3;extra"));
    assertThat(result.ok()).isFalse();
    assertThat(result.rows()).isEmpty();
    assertThat(result.errors())
        .extracting(CrimeStatisticsCsv.LineError::line, CrimeStatisticsCsv.LineError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "measure.lagesbild.csv.error.count"),
            org.assertj.core.groups.Tuple.tuple(4, "measure.lagesbild.csv.error.negative"),
            org.assertj.core.groups.Tuple.tuple(5, "measure.lagesbild.csv.error.columns"),
            org.assertj.core.groups.Tuple.tuple(6, "measure.lagesbild.csv.error.period"),
            org.assertj.core.groups.Tuple.tuple(7, "measure.lagesbild.csv.error.period"),
            org.assertj.core.groups.Tuple.tuple(8, "measure.lagesbild.csv.error.duplicate"),
            org.assertj.core.groups.Tuple.tuple(9, "measure.lagesbild.csv.error.category"),
            org.assertj.core.groups.Tuple.tuple(10, "measure.lagesbild.csv.error.quote"),
            org.assertj.core.groups.Tuple.tuple(11, "measure.lagesbild.csv.error.columns"));
    assertThat(result.errors().get(0).args()).containsExactly("tolv");
  }

  @Test
  void lineNumbersCountBlankLinesAndTheHeader() {
    var result = parse("kategori;period;antal\n\nMisshandel;2024;x\n");
    assertThat(lines(result)).containsExactly(3);
  }

  @Test
  void emptyFilesHeaderOnlyAndNonUtf8AreErrorsOfTheWholeFile() {
    assertThat(keys(parse(""))).containsExactly("measure.lagesbild.csv.error.empty");
    assertThat(keys(parse("kategori;period;antal\n")))
        .containsExactly("measure.lagesbild.csv.error.noRows");
    byte[] latin1 =
        "kategori;period;antal\nSkadegörelse;2024;3\n".getBytes(StandardCharsets.ISO_8859_1);
    var result = CrimeStatisticsCsv.parse(latin1);
    assertThat(keys(result)).containsExactly("measure.lagesbild.csv.error.notUtf8");
    assertThat(lines(result)).containsExactly(0);
  }

  @Test
  void periodsKnowTheirPredecessors() {
    assertThat(CrimePeriod.parse("2024-Q1").orElseThrow().previous().toString())
        .isEqualTo("2023-Q4");
    assertThat(CrimePeriod.parse("2024-01").orElseThrow().previous().toString())
        .isEqualTo("2023-12");
    assertThat(CrimePeriod.parse("2024-07").orElseThrow().yearBefore().toString())
        .isEqualTo("2023-07");
    assertThat(CrimePeriod.parse("2024-1")).isEmpty();
  }

  @Test
  void theTableShowsPeriodsAsColumnsAndTheChangeOfTheLatestPeriod() {
    var tables =
        CrimeStatisticsTable.of(
            parse(
                    "kategori;period;antal\nMisshandel;2023-Q4;100\nMisshandel;2024-Q3;40\n"
                        + "Misshandel;2024-Q4;110\nRån;2024;10\nRån;2023;20\n")
                .rows());
    assertThat(tables)
        .extracting(CrimeStatisticsTable::kind)
        .containsExactly(CrimePeriod.Kind.YEAR, CrimePeriod.Kind.QUARTER);
    var quarters = tables.get(1);
    assertThat(quarters.periods())
        .extracting(CrimePeriod::toString)
        .containsExactly("2023-Q4", "2024-Q3", "2024-Q4");
    var row = quarters.rows().get(0);
    assertThat(row.counts()).containsExactly("100", "40", "110");
    assertThat(row.changePrevious()).isEqualTo("+175 %");
    assertThat(row.changeYearBefore()).isEqualTo("+10 %");
    assertThat(tables.get(0).rows().get(0).changePrevious()).isEqualTo("−50 %");
  }
}
