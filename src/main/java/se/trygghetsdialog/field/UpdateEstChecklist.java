package se.trygghetsdialog.field;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;

/**
 * The coordinator ticks checklist items and writes a note per item. Notes are screened: a note that
 * may hold personal data is refused and nothing of the form is saved.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UpdateEstChecklist {

  /** What the form says about one item. */
  public record Entry(boolean done, String note) {}

  /**
   * The checklist form, one item per key (the form names an item's inputs after its key: {@code
   * done} holds the ticked keys, {@code note-KEY} the note); items that are not the municipality's
   * are ignored; the notes were screened once when the form was bound.
   */
  public record Command(@Nullable Map<String, @Valid Item> items) {

    /** What the form says about each item, by key. */
    public Map<String, Entry> entries() {
      Map<String, Entry> entries = new HashMap<>();
      if (items != null) {
        items.forEach(
            (key, item) -> {
              if (item != null) {
                entries.put(key, item.entry());
              }
            });
      }
      return entries;
    }
  }

  /** One item of the checklist form. */
  public record Item(
      @Nullable Boolean done, @Nullable @EstText(max = EstChecklist.MAX_NOTE) ScreenedText note) {

    Entry entry() {
      return new Entry(Boolean.TRUE.equals(done), note == null ? "" : note.text());
    }
  }

  private final EstWeekRepository weeks;
  private final PersonalDataScreener screener;
  private final EstSettings settings;

  /**
   * The checklist form, whose notes were screened and checked when it was bound.
   *
   * @throws EstRuleViolation if the week is closed
   */
  @Transactional
  public void update(EstWeek week, Command command, StaffPrincipal actor) {
    FieldPolicy.checkWeekOpen(week);
    save(week, command.entries(), actor);
  }

  /**
   * Entries from the application or a test: the notes are screened here.
   *
   * @throws EstRuleViolation if the week is closed or a note is refused (field {@code note-KEY})
   */
  @Transactional
  public void update(EstWeek week, Map<String, Entry> entries, StaffPrincipal actor) {
    FieldPolicy.checkWeekOpen(week);
    EstTextCheck check = new EstTextCheck(screener);
    List<String> keys = settings.keys(week.municipalityId());
    for (String key : keys) {
      Entry entry = entries.get(key);
      if (entry != null) {
        check.text("note-" + key, entry.note(), EstChecklist.MAX_NOTE);
      }
    }
    check.orThrow();
    save(week, entries, actor);
  }

  private void save(EstWeek week, Map<String, Entry> entries, StaffPrincipal actor) {
    for (String key : settings.keys(week.municipalityId())) {
      Entry entry = entries.get(key);
      if (entry != null) {
        weeks.saveCheck(
            week.id(),
            key,
            entry.done(),
            entry.note().strip(),
            actor.accountId(),
            actor.displayName());
      }
    }
  }
}
