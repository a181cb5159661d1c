package se.trygghetsdialog.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureMessagesTest {

  static Properties bundle(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MeasureMessagesTest.class
            .getClassLoader()
            .getResourceAsStream("i18n/measure" + suffix + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  static void assertEnum(Properties keys, String prefix, Enum<?>[] values) {
    for (Enum<?> value : values) {
      assertThat(keys.stringPropertyNames()).contains(prefix + "." + value.name());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_en"})
  void everyEnumShownToPeopleHasALabelInBothLanguages(String suffix) throws IOException {
    Properties keys = bundle(suffix);
    assertEnum(keys, "measure.kind", MeasureKind.values());
    assertEnum(keys, "measure.status", MeasureStatus.values());
    assertEnum(keys, "measure.horizon", Horizon.values());
    assertEnum(keys, "measure.ownerKind", OwnerKind.values());
    assertEnum(keys, "measure.measureType", MeasureType.values());
    assertEnum(keys, "measure.outcome", DecisionOutcome.values());
    assertEnum(keys, "measure.party", PromiseParty.values());
    assertEnum(keys, "measure.promiseStatus", PromiseStatus.values());
    for (String type :
        new String[] {
          InputRef.DIALOGUE,
          InputRef.DIALOGUE_STEP_FEEDBACK,
          InputRef.PLACE_REPORT,
          InputRef.STATEMENT,
          InputRef.FIELD_REPORT,
          InputRef.LAGESBILD_ITEM,
          InputRef.SURVEY
        }) {
      assertThat(keys.stringPropertyNames()).contains("measure.inputType." + type);
    }
  }
}
