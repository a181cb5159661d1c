package se.trygghetsdialog.field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A municipality's EST checklist items and weekly report title; the defaults of {@link
 * EstChecklist} and the messages until the municipality sets its own.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EstSettings {

  /** Where the week number goes in the weekly report's title. */
  public static final String WEEK = "{vecka}";

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  /**
   * One checklist item.
   *
   * @param key stable within the municipality: checks of a week are stored by it
   */
  public record ChecklistItem(String key, String labelSv, String labelEn) {

    public String label(Locale locale) {
      return "en".equals(locale.getLanguage()) && !labelEn.isBlank() ? labelEn : labelSv;
    }
  }

  private final EstSettingsRepository repository;
  private final MessageSource messages;

  public List<ChecklistItem> items(MunicipalityId municipality) {
    List<ChecklistItem> own = repository.items(municipality);
    return own.isEmpty() ? defaults() : own;
  }

  public List<String> keys(MunicipalityId municipality) {
    return items(municipality).stream().map(ChecklistItem::key).toList();
  }

  /** Each item's label in a language, by key. */
  public Map<String, String> labels(MunicipalityId municipality, Locale locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    items(municipality).forEach(i -> labels.put(i.key(), i.label(locale)));
    return labels;
  }

  List<ChecklistItem> defaults() {
    return EstChecklist.DEFAULT_ITEMS.stream()
        .map(
            key ->
                new ChecklistItem(
                    key,
                    messages.getMessage("field.week.check." + key, null, SWEDISH),
                    messages.getMessage("field.week.check." + key, null, Locale.ENGLISH)))
        .toList();
  }

  /** The title with {@link #WEEK} where the week number goes. */
  public String weeklyTitleTemplate(MunicipalityId municipality) {
    return repository
        .weeklyTitle(municipality)
        .orElseGet(
            () -> messages.getMessage("field.weekly.defaultTitle", new Object[] {WEEK}, SWEDISH));
  }

  /** The title of a week's report. */
  public String weeklyTitle(MunicipalityId municipality, int week) {
    return weeklyTitleTemplate(municipality).replace(WEEK, String.valueOf(week));
  }
}
