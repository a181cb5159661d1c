package se.trygghetsdialog.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

class PopulationFileTest {

  static PopulationFile.Result csv(String text) {
    return PopulationFile.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  static void refusedAt(PopulationFile.Result result, int line, String key) {
    assertThat(result.ok()).isFalse();
    assertThat(result.rows()).isEmpty();
    assertThat(result.errors())
        .extracting(PopulationFile.LineError::line, PopulationFile.LineError::messageKey)
        .contains(tuple(line, key));
  }

  @Nested
  class Csv {

    @Test
    void readsScbsLongLayoutWithOneYearAgesAndRegionNames() {
      var result =
          csv(
              """
              "region";"ålder";"kön";"år";"antal"
              "1484 Lysekil";"17 år";"män";"2024";"61"
              "1484 Lysekil";"18 år";"kvinnor";"2024";"1 058"
              "1484A0010";"100+";"2";"2024";"3"
              """);
      assertThat(result.errors()).isEmpty();
      assertThat(result.rows())
          .extracting(
              PopulationFile.Row::line,
              PopulationFile.Row::region,
              PopulationFile.Row::ageBand,
              PopulationFile.Row::gender,
              PopulationFile.Row::year,
              PopulationFile.Row::count)
          .containsExactly(
              tuple(2, "1484", AgeBand.UNDER_18, Gender.MAN, 2024, 61L),
              tuple(3, "1484", AgeBand.FROM_18_TO_29, Gender.WOMAN, 2024, 1058L),
              tuple(4, "1484A0010", AgeBand.FROM_65, Gender.WOMAN, 2024, 3L));
    }

    @Test
    void readsScbsTableLayoutWithAColumnPerYearCommaSeparated() {
      var result =
          csv(
              """
              region,ålder,kön,Folkmängd 2023,Folkmängd 2024
              1484 Lysekil,30-34 år,1,400,410
              1484 Lysekil,totalt ålder,1,7000,7010
              """);
      assertThat(result.errors()).isEmpty();
      assertThat(result.rows())
          .extracting(PopulationFile.Row::year, PopulationFile.Row::count)
          .containsExactly(tuple(2023, 400L), tuple(2024, 410L));
    }

    @Test
    void readsWindows1252AsScbSavesIt() {
      byte[] bytes =
          "region;ålder;kön;år;antal\n1484;5;kvinnor;2024;12\n"
              .getBytes(Charset.forName("windows-1252"));
      assertThat(PopulationFile.parse(bytes).rows()).hasSize(1);
    }

    @Test
    void refusesAWrongHeaderNamingItsLine() {
      refusedAt(csv("\nkommun;age;count\n1484;5;3\n"), 2, "population.error.file.header");
    }

    @Test
    void refusesANegativeCountNamingTheLine() {
      refusedAt(
          csv("region;ålder;kön;år;antal\n1484;5;1;2024;4\n1484;6;1;2024;-3\n"),
          3,
          "population.error.file.negative");
    }

    @Test
    void refusesANonNumericCountNamingTheLine() {
      refusedAt(
          csv("region;ålder;kön;år;antal\n1484;5;1;2024;..\n"), 2, "population.error.file.count");
    }

    @Test
    void refusesADuplicateRowNamingTheSecond() {
      refusedAt(
          csv("region;ålder;kön;år;antal\n1484;5;1;2024;4\n1484;5 år;1;2024;4\n1484;5;1;2024;4\n"),
          4,
          "population.error.file.duplicate");
    }

    @Test
    void refusesAnAgeClassSpanningTwoBands() {
      refusedAt(
          csv("region;ålder;kön;år;antal\n1484;15-19 år;1;2024;4\n"),
          2,
          "population.error.file.ageSpansBands");
    }

    @Test
    void refusesAnUnknownSexAndABadYearAndAWrongNumberOfFields() {
      var result =
          csv("region;ålder;kön;år;antal\n1484;5;x;2024;4\n1484;5;1;förra året;4\n1484;5;1;2024\n");
      refusedAt(result, 2, "population.error.file.sex");
      refusedAt(result, 3, "population.error.file.year");
      refusedAt(result, 4, "population.error.file.columns");
    }

    @Test
    void refusesAnEmptyFileAndAHeaderWithoutRows() {
      refusedAt(csv("   \n"), 0, "population.error.file.empty");
      refusedAt(csv("region;ålder;kön;år;antal\n"), 0, "population.error.file.noRows");
    }
  }

  @Nested
  class JsonStat {

    static final String GOOD =
        """
        {"version":"2.0","class":"dataset","label":"Folkmängd","source":"SCB",
         "id":["Region","Alder","Kon","ContentsCode","Tid"],
         "size":[1,2,2,1,1],
         "dimension":{
           "Region":{"category":{"index":{"1484":0},"label":{"1484":"Lysekil"}}},
           "Alder":{"category":{"index":{"17":0,"65":1}}},
           "Kon":{"category":{"index":["1","2"]}},
           "ContentsCode":{"category":{"index":{"BE0101N1":0}}},
           "Tid":{"category":{"index":{"2024":0}}}},
         "value":[61,58,%s,500]}
        """;

    static PopulationFile.Result json(String value) {
      return csv(GOOD.formatted(value));
    }

    @Test
    void readsADatasetInRowMajorOrder() {
      var result = json("480");
      assertThat(result.errors()).isEmpty();
      assertThat(result.json()).isTrue();
      assertThat(result.rows())
          .extracting(
              PopulationFile.Row::line,
              PopulationFile.Row::ageBand,
              PopulationFile.Row::gender,
              PopulationFile.Row::count)
          .containsExactly(
              tuple(1, AgeBand.UNDER_18, Gender.MAN, 61L),
              tuple(2, AgeBand.UNDER_18, Gender.WOMAN, 58L),
              tuple(3, AgeBand.FROM_65, Gender.MAN, 480L),
              tuple(4, AgeBand.FROM_65, Gender.WOMAN, 500L));
    }

    @Test
    void refusesANegativeValueNamingItsPosition() {
      refusedAt(json("-4"), 3, "population.error.file.negative");
    }

    @Test
    void refusesAMissingValueNamingItsPosition() {
      refusedAt(json("null"), 3, "population.error.file.count");
    }

    @Test
    void refusesAMissingDimensionAndAValueArrayOfTheWrongSize() {
      refusedAt(
          csv(GOOD.formatted("1").replace("\"Alder\",\"Kon\"", "\"Alder\",\"Sex\"")),
          0,
          "population.error.json.dimension");
      refusedAt(csv(GOOD.formatted("1, 2")), 0, "population.error.json.valueCount");
    }

    @Test
    void refusesJsonThatIsNotADataset() {
      refusedAt(csv("{\"class\":\"collection\"}"), 0, "population.error.json.notDataset");
      refusedAt(csv("{ not json"), 0, "population.error.json.syntax");
    }
  }
}
