package se.trygghetsdialog.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All text comes from message bundles, one per module: {@code i18n/<module>.properties} (Swedish,
 * the default) and {@code i18n/<module>_en.properties}. Bundles are discovered on the classpath so
 * that a new module only adds its files.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfig {

  /** The default locale of the interface. */
  public static final Locale SWEDISH = Locale.forLanguageTag("sv");

  public static final Locale ENGLISH = Locale.ENGLISH;

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource source = new MergedBundlesMessageSource();
    source.setBasenames(bundleBaseNames());
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setDefaultLocale(SWEDISH);
    source.setUseCodeAsDefaultMessage(false);
    source.setAlwaysUseMessageFormat(false);
    return source;
  }

  /** The base names of every bundle under {@code i18n/}, e.g. {@code i18n/dialogue}. */
  public static String[] bundleBaseNames() {
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
      TreeSet<String> names = new TreeSet<>();
      for (Resource resource : resources) {
        String file = resource.getFilename();
        if (file != null && !file.contains("_")) {
          names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
        }
      }
      return names.toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
