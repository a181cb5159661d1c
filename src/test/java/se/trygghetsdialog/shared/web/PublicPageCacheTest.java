package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NoPublicChange;

/**
 * Public pages' data is kept per municipality and language, and a change of a municipality (an
 * event naming it) makes the next read load afresh, while other municipalities keep theirs. The
 * time to live is an hour here, so only eviction can explain a reload.
 */
class PublicPageCacheTest {

  record SomethingChanged(MunicipalityId municipalityId) {}

  record InstallChanged(String what) {}

  record WaitsForModeration(MunicipalityId municipalityId) implements NoPublicChange {}

  final PublicPageCache cache = new PublicPageCache(Duration.ofHours(1), 1000);
  final MunicipalityId lysekil = new MunicipalityId(UUID.randomUUID());
  final MunicipalityId other = new MunicipalityId(UUID.randomUUID());
  final AtomicInteger loads = new AtomicInteger();

  String read(MunicipalityId municipality, Locale locale) {
    return cache.get(
        municipality,
        locale,
        "list",
        "page 1",
        () -> municipality + "/" + locale + "/" + loads.incrementAndGet());
  }

  @Test
  void aKeptValueIsServedUntilAnEventOfItsMunicipalityEvictsIt() {
    String first = read(lysekil, Locale.ENGLISH);
    assertThat(read(lysekil, Locale.ENGLISH)).isEqualTo(first);
    assertThat(loads).hasValue(1);

    cache.on(new SomethingChanged(lysekil));
    String second = read(lysekil, Locale.ENGLISH);
    assertThat(second).isNotEqualTo(first);
    assertThat(loads).hasValue(2);
  }

  @Test
  void municipalitiesAndLanguagesNeverShareAValue() {
    String lysekilSv = read(lysekil, Locale.forLanguageTag("sv"));
    String lysekilEn = read(lysekil, Locale.ENGLISH);
    String otherSv = read(other, Locale.forLanguageTag("sv"));
    assertThat(lysekilSv).startsWith(lysekil + "/sv/");
    assertThat(lysekilEn).startsWith(lysekil + "/en/");
    assertThat(otherSv).startsWith(other + "/sv/");
    assertThat(loads).hasValue(3);
  }

  @Test
  void aChangeOfOneMunicipalityKeepsTheOthersValuesAndAnInstallWideChangeEvictsAll() {
    String otherFirst = read(other, Locale.ENGLISH);
    String lysekilFirst = read(lysekil, Locale.ENGLISH);
    cache.on(new SomethingChanged(lysekil));
    assertThat(read(other, Locale.ENGLISH)).isEqualTo(otherFirst);
    assertThat(read(lysekil, Locale.ENGLISH)).isNotEqualTo(lysekilFirst);

    cache.on(new InstallChanged("anything"));
    assertThat(read(other, Locale.ENGLISH)).isNotEqualTo(otherFirst);
  }

  @Test
  void eventsFromOutsideTheApplicationEvictNothing() {
    String first = read(lysekil, Locale.ENGLISH);
    cache.on("a framework event");
    assertThat(read(lysekil, Locale.ENGLISH)).isEqualTo(first);
  }

  @Test
  void anEventThatChangesNothingPublicKeepsTheMunicipalitysValues() {
    String first = read(lysekil, Locale.ENGLISH);
    cache.on(new WaitsForModeration(lysekil));
    cache.on(new WaitsForModeration(lysekil));
    assertThat(read(lysekil, Locale.ENGLISH)).isEqualTo(first);
    assertThat(loads).hasValue(1);
  }

  @Test
  void aSubmittedPlaceReportAndItsModerationItemChangeNothingPublic() {
    // Both wait for moderation; only its decision (which evicts) makes anything public.
    assertThat(NoPublicChange.class)
        .isAssignableFrom(se.trygghetsdialog.moderation.ContentSubmitted.class)
        .isAssignableFrom(se.trygghetsdialog.place.PlaceReportSubmitted.class);
  }
}
