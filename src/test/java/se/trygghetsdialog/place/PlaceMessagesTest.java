package se.trygghetsdialog.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.trygghetsdialog.geo.CategoryKind;
import se.trygghetsdialog.geo.GazetteerKind;
import se.trygghetsdialog.moderation.ModerationStatus;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/** Every enum value the place and moderation pages show has a text in both languages. */
class PlaceMessagesTest {

  static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = PlaceMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  static void assertKeys(Properties bundle, String prefix, Enum<?>[] values) {
    for (Enum<?> value : values) {
      assertThat(bundle.getProperty(prefix + "." + value.name()))
          .as(prefix + "." + value.name())
          .isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_en"})
  void namesEveryValueShownToPeople(String suffix) throws IOException {
    Properties place = bundle("place" + suffix + ".properties");
    assertKeys(place, "place.timeOfDay", TimeOfDay.values());
    assertKeys(place, "place.weekday", DayOfWeek.values());
    assertKeys(place, "place.ageBand", AgeBand.values());
    assertKeys(place, "place.gender", Gender.values());
    assertKeys(place, "place.reportStatus", PlaceReportStatus.values());
    assertKeys(place, "place.gazetteerKind", GazetteerKind.values());
    assertKeys(place, "place.categoryKind", CategoryKind.values());
    Properties moderation = bundle("moderation" + suffix + ".properties");
    assertKeys(moderation, "moderation.status", ModerationStatus.values());
    assertKeys(moderation, "moderation.kind", PersonalDataKind.values());
    assertThat(moderation.getProperty("moderation.contentType." + PlaceReport.CONTENT_TYPE))
        .isNotBlank();
  }
}
