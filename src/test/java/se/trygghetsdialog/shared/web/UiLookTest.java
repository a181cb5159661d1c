package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;

/** The municipality's look costs reads: a page that never shows it (an htmx card) reads nothing. */
class UiLookTest {

  private final AtomicInteger reads = new AtomicInteger();

  private Ui ui() {
    return new Ui(
        new StaticMessageSource(),
        Locale.forLanguageTag("sv"),
        "",
        null,
        new Tenant(new MunicipalityId(UUID.randomUUID()), "test", "Testkommun"),
        null,
        "/",
        null,
        () -> {
          reads.incrementAndGet();
          return new MunicipalityLook(0, "", "", Set.of("PLACE_REPORTS"));
        });
  }

  @Test
  void theLookIsNotReadUntilATemplateAsksForIt() {
    Ui ui = ui();
    ui.lang();
    ui.csrfToken();
    assertThat(reads).hasValue(0);
  }

  @Test
  void theLookIsReadOnceHoweverOftenItIsAskedFor() {
    Ui ui = ui();
    assertThat(ui.featureOn("PLACE_REPORTS")).isFalse();
    assertThat(ui.featureOn("OPINION_MAPPING")).isTrue();
    ui.look();
    assertThat(reads).hasValue(1);
  }
}
