package se.trygghetsdialog.shared.web;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The bundles of every module as one table per language. A {@link ResourceBundleMessageSource} with
 * one base name per module asks each bundle in turn for every text, so a page with thirty texts
 * made some seven hundred lookups; this one merges the bundles once per language (the first base
 * name that has a code wins, as before) and answers each text with one lookup. Bundles are read
 * once and kept, as the parent does without a cache period.
 */
final class MergedBundlesMessageSource extends ResourceBundleMessageSource {

  private final Map<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();
  private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

  @Override
  protected String resolveCodeWithoutArguments(String code, Locale locale) {
    return texts(locale).get(code);
  }

  @Override
  protected MessageFormat resolveCode(String code, Locale locale) {
    String text = texts(locale).get(code);
    if (text == null) {
      return null;
    }
    return formats
        .computeIfAbsent(locale, any -> new ConcurrentHashMap<>())
        .computeIfAbsent(code, any -> createMessageFormat(text, locale));
  }

  private Map<String, String> texts(Locale locale) {
    Map<String, String> merged = texts.get(locale);
    return merged != null ? merged : texts.computeIfAbsent(locale, this::merge);
  }

  private Map<String, String> merge(Locale locale) {
    Map<String, String> merged = new HashMap<>();
    for (String basename : getBasenameSet()) {
      ResourceBundle bundle = getResourceBundle(basename, locale);
      if (bundle == null) {
        continue;
      }
      for (String code : bundle.keySet()) {
        if (!merged.containsKey(code)) {
          try {
            merged.put(code, bundle.getString(code));
          } catch (MissingResourceException | ClassCastException e) {
            // Not a text: left out, as the parent leaves it out.
          }
        }
      }
    }
    return Map.copyOf(merged);
  }
}
