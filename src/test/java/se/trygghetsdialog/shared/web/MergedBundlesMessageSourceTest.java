package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The merged bundles answer every text exactly as one bundle per module did. */
class MergedBundlesMessageSourceTest {

  private static ResourceBundleMessageSource configure(ResourceBundleMessageSource source) {
    source.setBasenames(MessagesConfig.bundleBaseNames());
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setDefaultLocale(MessagesConfig.SWEDISH);
    return source;
  }

  @Test
  void everyCodeOfEveryBundleReadsTheSameInEveryLanguage() {
    ResourceBundleMessageSource plain = configure(new ResourceBundleMessageSource());
    ResourceBundleMessageSource merged = configure(new MergedBundlesMessageSource());
    TreeSet<String> codes = new TreeSet<>();
    for (String basename : MessagesConfig.bundleBaseNames()) {
      codes.addAll(ResourceBundle.getBundle(basename, Locale.ROOT).keySet());
    }
    assertThat(codes).hasSizeGreaterThan(1000);
    Object[] args = {"ETT", 2, "TRE"};
    for (Locale locale :
        new Locale[] {MessagesConfig.SWEDISH, Locale.ENGLISH, Locale.forLanguageTag("ar")}) {
      for (String code : codes) {
        assertThat(merged.getMessage(code, null, locale))
            .as(code + " in " + locale)
            .isEqualTo(plain.getMessage(code, null, locale));
        assertThat(outcome(() -> merged.getMessage(code, args, locale)))
            .as(code + " with arguments in " + locale)
            .isEqualTo(outcome(() -> plain.getMessage(code, args, locale)));
      }
    }
  }

  /** The text, or the kind of failure (arguments that do not fit the format fail alike). */
  private static String outcome(java.util.function.Supplier<String> message) {
    try {
      return message.get();
    } catch (IllegalArgumentException e) {
      return e.getClass().getName();
    }
  }

  @Test
  void anUnknownCodeIsStillUnknown() {
    ResourceBundleMessageSource merged = configure(new MergedBundlesMessageSource());
    assertThat(merged.getMessage("no.such.code", null, "standard", Locale.ENGLISH))
        .isEqualTo("standard");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> merged.getMessage("no.such.code", null, Locale.ENGLISH))
        .isInstanceOf(NoSuchMessageException.class);
  }
}
