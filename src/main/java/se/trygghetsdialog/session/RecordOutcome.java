package se.trygghetsdialog.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/**
 * After a session the team records how many took part (counts only, never names), neutral notes and
 * the agreements (one a line). The texts were screened once when the form was bound: texts with
 * possible personal data are saved flagged and cannot be sent until edited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordOutcome {

  private static final String NEGATIVE = "{session.error.negative}";
  private static final String TOO_MANY = "{session.error.tooMany}";

  /** The outcome form as bound; a blank count is not known. */
  public record Command(
      @NotNull(message = "{session.error.attended}")
          @Min(value = 0, message = NEGATIVE)
          @Max(value = 100_000, message = TOO_MANY)
          Integer attended,
      @Nullable @Min(value = 0, message = NEGATIVE) Integer ageUnder18,
      @Nullable @Min(value = 0, message = NEGATIVE) Integer age18to29,
      @Nullable @Min(value = 0, message = NEGATIVE) Integer age30to49,
      @Nullable @Min(value = 0, message = NEGATIVE) Integer age50to64,
      @Nullable @Min(value = 0, message = NEGATIVE) Integer age65,
      @Nullable @Min(value = 0, message = NEGATIVE) Integer women,
      @Nullable @Min(value = 0, message = NEGATIVE) Integer men,
      @Nullable @Min(value = 0, message = NEGATIVE) Integer otherGender,
      @Nullable ScreenedText notes,
      @Nullable ScreenedText agreements) {

    Map<AgeBand, Integer> byAge() {
      Map<AgeBand, Integer> counts = new EnumMap<>(AgeBand.class);
      put(counts, AgeBand.UNDER_18, ageUnder18);
      put(counts, AgeBand.FROM_18_TO_29, age18to29);
      put(counts, AgeBand.FROM_30_TO_49, age30to49);
      put(counts, AgeBand.FROM_50_TO_64, age50to64);
      put(counts, AgeBand.FROM_65, age65);
      return counts;
    }

    Map<Gender, Integer> byGender() {
      Map<Gender, Integer> counts = new EnumMap<>(Gender.class);
      put(counts, Gender.WOMAN, women);
      put(counts, Gender.MAN, men);
      put(counts, Gender.OTHER, otherGender);
      return counts;
    }

    private static <K> void put(Map<K, Integer> counts, K key, @Nullable Integer n) {
      if (n != null) {
        counts.put(key, n);
      }
    }
  }

  private final DialogueSessionRepository sessions;
  private final ApplicationEventPublisher events;

  /**
   * @throws SessionRuleViolation naming the field of the first rule the command breaks
   */
  @Transactional
  public void record(DialogueSession session, UUID actor, Command c) {
    if (session.date().isAfter(LocalDate.now(SessionPolicy.ZONE))) {
      throw new SessionRuleViolation("attended", "session.error.notHeldYet");
    }
    Attendance attendance = new Attendance(c.attended(), c.byAge(), c.byGender());
    if (sum(attendance.byAge()) > attendance.total()) {
      throw new SessionRuleViolation("ageUnder18", "session.error.overTotal");
    }
    if (sum(attendance.byGender()) > attendance.total()) {
      throw new SessionRuleViolation("women", "session.error.overTotal");
    }
    String notes = c.notes() == null ? "" : c.notes().text();
    if (notes.length() > SessionPolicy.MAX_TEXT) {
      throw new SessionRuleViolation("notes", "session.error.tooLong");
    }
    List<String> lines =
        c.agreements() == null
            ? List.of()
            : Arrays.stream(c.agreements().text().split("\n"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .distinct()
                .toList();
    if (lines.size() > SessionPolicy.MAX_AGREEMENTS
        || lines.stream().anyMatch(l -> l.length() > SessionPolicy.MAX_SHORT)) {
      throw new SessionRuleViolation("agreements", "session.error.agreements");
    }
    boolean flagged =
        (c.notes() != null && c.notes().flagged())
            || (c.agreements() != null && c.agreements().flagged());
    List<Agreement> agreements =
        lines.stream()
            .map(l -> new Agreement(agreementId(session.id(), l), session.id(), l))
            .toList();
    sessions.recordOutcome(
        session.municipalityId(), session.id(), attendance, notes, flagged, agreements);
    events.publishEvent(
        new SessionChanged(
            session.municipalityId(), session.id(), actor, SessionChanged.Change.OUTCOME_RECORDED));
  }

  /** The same agreement text of a session keeps its id, so measures linked to it stay linked. */
  static UUID agreementId(UUID session, String text) {
    return UUID.nameUUIDFromBytes((session + "\n" + text).getBytes(StandardCharsets.UTF_8));
  }

  private static int sum(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
