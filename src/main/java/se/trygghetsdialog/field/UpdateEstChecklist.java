package se.trygghetsdialog.field;

import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;

/**
 * The coordinator ticks checklist items and writes a note per item. Notes are screened: a note that
 * may hold personal data is refused and nothing of the form is saved.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UpdateEstChecklist {

  /** What the form says about one item. */
  public record Entry(boolean done, String note) {}

  private final EstWeekRepository weeks;
  private final PersonalDataScreener screener;
  private final EstSettings settings;

  /**
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
    for (String key : keys) {
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
