package se.trygghetsdialog.field;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.SettingChanged;

/**
 * An administrator sets the municipality's EST checklist items (one a line, the Swedish label and
 * optionally the English one after a vertical bar) and the weekly report's title. An item keeps its
 * key, and so the checks already made, as long as its Swedish label stays the same. Each change is
 * audit-logged with its old and new value.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EditEstSettings {

  public static final int MAX_ITEMS = 30;
  public static final int MAX_LABEL = 150;
  public static final int MAX_TITLE = 150;

  /** The EST settings form. */
  public record Command(
      @NotBlank(message = "{field.est.settings.error.title}")
          @Size(max = MAX_TITLE, message = "{field.est.settings.error.title}")
          String weeklyTitle,
      @NotBlank(message = "{field.est.settings.error.items}")
          @Size(max = 10_000, message = "{field.est.settings.error.items}")
          String checklistItems) {}

  private final EstSettings settings;
  private final EstSettingsRepository repository;
  private final ApplicationEventPublisher events;

  /**
   * @throws EstRuleViolation on {@code weeklyTitle} without the week's place, or on {@code
   *     checklistItems} with too many, too long or repeated items
   */
  @Transactional
  public void save(MunicipalityId municipality, @Nullable UUID actor, Command command) {
    String title = command.weeklyTitle().strip();
    if (!title.contains(EstSettings.WEEK)) {
      throw new EstRuleViolation("weeklyTitle", "field.est.settings.error.week");
    }
    List<EstSettings.ChecklistItem> before = settings.items(municipality);
    List<EstSettings.ChecklistItem> after = parse(command.checklistItems(), before);
    String oldTitle = settings.weeklyTitleTemplate(municipality);
    if (!oldTitle.equals(title)) {
      repository.saveWeeklyTitle(municipality, title);
      events.publishEvent(
          new SettingChanged(municipality, actor, "est.weeklyTitle", oldTitle, title));
    }
    if (!after.equals(before)) {
      repository.replaceItems(municipality, after);
      events.publishEvent(
          new SettingChanged(municipality, actor, "est.checklist", lines(before), lines(after)));
    }
  }

  /** The items as the form shows them: one a line. */
  public static String lines(List<EstSettings.ChecklistItem> items) {
    return items.stream()
        .map(i -> i.labelEn().isBlank() ? i.labelSv() : i.labelSv() + " | " + i.labelEn())
        .collect(Collectors.joining("\n"));
  }

  static List<EstSettings.ChecklistItem> parse(
      String text, List<EstSettings.ChecklistItem> before) {
    Map<String, String> keyBySv =
        before.stream()
            .collect(
                Collectors.toMap(
                    EstSettings.ChecklistItem::labelSv,
                    EstSettings.ChecklistItem::key,
                    (a, b) -> a));
    List<EstSettings.ChecklistItem> items = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int bar = line.indexOf('|');
      String sv = (bar < 0 ? line : line.substring(0, bar)).strip();
      String en = bar < 0 ? "" : line.substring(bar + 1).strip();
      if (sv.isEmpty() || sv.length() > MAX_LABEL || en.length() > MAX_LABEL) {
        throw new EstRuleViolation("checklistItems", "field.est.settings.error.label");
      }
      String key = keyBySv.getOrDefault(sv, slug(sv));
      if (!keys.add(key)) {
        throw new EstRuleViolation("checklistItems", "field.est.settings.error.repeated");
      }
      items.add(new EstSettings.ChecklistItem(key, sv, en));
    }
    if (items.size() > MAX_ITEMS) {
      throw new EstRuleViolation("checklistItems", "field.est.settings.error.many");
    }
    return items;
  }

  /** A key from a label: lower-case letters and digits joined by hyphens. */
  static String slug(String label) {
    String plain =
        Normalizer.normalize(label, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    if (plain.isEmpty()) {
      plain = "punkt";
    }
    return plain.length() > 60 ? plain.substring(0, 60) : plain;
  }
}
