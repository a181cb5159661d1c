package se.trygghetsdialog.perspective;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;
import se.trygghetsdialog.tenancy.Areas;

/**
 * The dialogue team logs contacts from every channel and the perspectives heard in them. People are
 * counts only (never names): the counts per age band and per gender may sum to less than the
 * people, never to more. A perspective's text was screened once when its form was bound; a flagged
 * text is stored with its masked form and shown unmasked only on the team's pages. The caller has
 * checked {@link PerspectivePolicy#mayEdit}; every change is audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LogContacts {

  /** A contact as checked: channel, date, area and the counts. */
  public record ContactInput(
      Channel channel,
      LocalDate date,
      @Nullable UUID areaId,
      int people,
      Map<AgeBand, Integer> byAge,
      Map<Gender, Integer> byGender) {

    public ContactInput {
      byAge = Map.copyOf(byAge);
      byGender = Map.copyOf(byGender);
    }
  }

  /**
   * The contact form. Counts left empty are zero.
   *
   * @param token one per new-contact form; a repeated submit logs nothing new
   * @param version the version an edit form was opened at
   */
  public record ContactCommand(
      @NotNull(message = "{perspective.contact.error.channel}") Channel channel,
      @NotNull(message = "{perspective.contact.error.date}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate date,
      @Nullable UUID areaId,
      @NotNull(message = "{perspective.contact.error.people.required}")
          @Min(value = 1, message = "{perspective.contact.error.people.min}")
          @Max(
              value = PerspectivePolicy.MAX_PEOPLE,
              message = "{perspective.contact.error.people.max}")
          Integer people,
      @Nullable @PositiveOrZero(message = "{perspective.contact.error.count.negative}")
          Integer ageUnder18,
      @Nullable @PositiveOrZero(message = "{perspective.contact.error.count.negative}")
          Integer age18To29,
      @Nullable @PositiveOrZero(message = "{perspective.contact.error.count.negative}")
          Integer age30To49,
      @Nullable @PositiveOrZero(message = "{perspective.contact.error.count.negative}")
          Integer age50To64,
      @Nullable @PositiveOrZero(message = "{perspective.contact.error.count.negative}")
          Integer age65Plus,
      @Nullable @PositiveOrZero(message = "{perspective.contact.error.count.negative}")
          Integer women,
      @Nullable @PositiveOrZero(message = "{perspective.contact.error.count.negative}") Integer men,
      @Nullable @PositiveOrZero(message = "{perspective.contact.error.count.negative}")
          Integer otherGender,
      @Nullable UUID token,
      @Nullable Integer version) {

    /** The form field of each age band's count. */
    public static final Map<AgeBand, String> AGE_FIELDS =
        Map.of(
            AgeBand.UNDER_18, "ageUnder18",
            AgeBand.FROM_18_TO_29, "age18To29",
            AgeBand.FROM_30_TO_49, "age30To49",
            AgeBand.FROM_50_TO_64, "age50To64",
            AgeBand.FROM_65, "age65Plus");

    /** The form field of each gender's count. */
    public static final Map<Gender, String> GENDER_FIELDS =
        Map.of(Gender.WOMAN, "women", Gender.MAN, "men", Gender.OTHER, "otherGender");

    ContactInput input() {
      Map<AgeBand, Integer> byAge = new EnumMap<>(AgeBand.class);
      byAge.put(AgeBand.UNDER_18, zero(ageUnder18));
      byAge.put(AgeBand.FROM_18_TO_29, zero(age18To29));
      byAge.put(AgeBand.FROM_30_TO_49, zero(age30To49));
      byAge.put(AgeBand.FROM_50_TO_64, zero(age50To64));
      byAge.put(AgeBand.FROM_65, zero(age65Plus));
      Map<Gender, Integer> byGender = new EnumMap<>(Gender.class);
      byGender.put(Gender.WOMAN, zero(women));
      byGender.put(Gender.MAN, zero(men));
      byGender.put(Gender.OTHER, zero(otherGender));
      return new ContactInput(channel, date, areaId, people, byAge, byGender);
    }

    private static int zero(@Nullable Integer count) {
      return count == null ? 0 : count;
    }
  }

  /** A perspective as checked: the text with its masked form and the theme tags. */
  public record PerspectiveInput(
      PerspectiveKind kind,
      String text,
      String maskedText,
      boolean flagged,
      boolean minority,
      boolean dissent,
      Set<UUID> themeIds) {

    public PerspectiveInput {
      themeIds = Set.copyOf(themeIds);
    }
  }

  /**
   * The perspective form: the text was screened once when the form was bound.
   *
   * @param themes the ids of the dialogue's themes it is tagged with
   * @param token one per new-perspective form; a repeated submit records nothing new
   * @param version the version an edit form was opened at
   */
  public record PerspectiveCommand(
      @NotNull(message = "{perspective.perspective.error.kind}") PerspectiveKind kind,
      @NotNull(message = "{perspective.perspective.error.text.required}") ScreenedText text,
      @Nullable List<UUID> themes,
      @Nullable Boolean minority,
      @Nullable Boolean dissent,
      @Nullable UUID token,
      @Nullable Integer version) {

    PerspectiveInput input() {
      return new PerspectiveInput(
          kind,
          text.text(),
          text.screening().masked(),
          text.flagged(),
          Boolean.TRUE.equals(minority),
          Boolean.TRUE.equals(dissent),
          themes == null ? Set.of() : new HashSet<>(themes));
    }
  }

  private final PerspectiveRepository repository;
  private final Areas areas;
  private final ApplicationEventPublisher events;

  /**
   * @return the new contact, or the one this form already logged
   * @throws PerspectiveRuleViolation naming the field of the first rule the command breaks
   */
  @Transactional
  public UUID log(MunicipalityId m, DialogueId dialogue, UUID actor, ContactCommand command) {
    ContactInput input = checked(m, command);
    UUID token = command.token() == null ? UUID.randomUUID() : command.token();
    var existing = repository.contactByToken(m, token);
    if (existing.isPresent()) {
      return existing.get();
    }
    UUID id = UUID.randomUUID();
    if (!repository.insertContact(m, id, token, dialogue.value(), actor, input)) {
      return repository.contactByToken(m, token).orElseThrow();
    }
    events.publishEvent(
        new PerspectiveChanged(m, id, actor, PerspectiveChanged.Change.CONTACT_LOGGED));
    events.publishEvent(new ContactLogged(m, id, OffsetDateTime.now()));
    return id;
  }

  /**
   * @throws StaleForm if the contact changed after the form was opened (nothing saved)
   * @throws PerspectiveRuleViolation naming the field of the first rule the command breaks
   */
  @Transactional
  public void edit(MunicipalityId m, Contact contact, UUID actor, ContactCommand command) {
    int version = command.version() == null ? contact.version() : command.version();
    if (version != contact.version()) {
      throw stale();
    }
    ContactInput input = checked(m, command);
    if (repository.updateContact(m, contact.id(), version, input) == 0) {
      throw stale();
    }
    events.publishEvent(
        new PerspectiveChanged(m, contact.id(), actor, PerspectiveChanged.Change.CONTACT_EDITED));
  }

  private static StaleForm stale() {
    return new StaleForm("", "perspective.error.stale");
  }

  private ContactInput checked(MunicipalityId m, ContactCommand command) {
    if (command.areaId() != null && areas.find(m, command.areaId()).isEmpty()) {
      throw new PerspectiveRuleViolation("areaId", "perspective.contact.error.area");
    }
    if (command.date().isAfter(LocalDate.now(PerspectiveTime.ZONE))) {
      throw new PerspectiveRuleViolation("date", "perspective.contact.error.date.future");
    }
    ContactInput input = command.input();
    check(input);
    return input;
  }

  /**
   * Counts are never negative and sum, per age band and per gender, to at most the people.
   *
   * @throws PerspectiveRuleViolation naming the field of the first rule the input breaks
   */
  static void check(ContactInput input) {
    if (input.people() < 1 || input.people() > PerspectivePolicy.MAX_PEOPLE) {
      throw new PerspectiveRuleViolation("people", "perspective.contact.error.people.min");
    }
    negative(input.byAge(), ContactCommand.AGE_FIELDS);
    negative(input.byGender(), ContactCommand.GENDER_FIELDS);
    if (sum(input.byAge()) > input.people()) {
      throw new PerspectiveRuleViolation(
          "byAge", "perspective.contact.error.age.overPeople", input.people());
    }
    if (sum(input.byGender()) > input.people()) {
      throw new PerspectiveRuleViolation(
          "byGender", "perspective.contact.error.gender.overPeople", input.people());
    }
  }

  private static <K> void negative(Map<K, Integer> counts, Map<K, String> fields) {
    counts.forEach(
        (key, count) -> {
          if (count < 0) {
            throw new PerspectiveRuleViolation(
                fields.get(key), "perspective.contact.error.count.negative");
          }
        });
  }

  private static int sum(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * @return the new perspective, or the one this form already recorded
   * @throws PerspectiveRuleViolation naming the field of the first rule the command breaks
   */
  @Transactional
  public UUID record(MunicipalityId m, Contact contact, UUID actor, PerspectiveCommand command) {
    PerspectiveInput input = command.input();
    checkPerspective(m, contact.dialogueId(), input, Set.of());
    UUID token = command.token() == null ? UUID.randomUUID() : command.token();
    var existing = repository.perspectiveByToken(m, token);
    if (existing.isPresent()) {
      return existing.get();
    }
    UUID id = UUID.randomUUID();
    if (!repository.insertPerspective(m, id, token, contact, actor, input)) {
      return repository.perspectiveByToken(m, token).orElseThrow();
    }
    events.publishEvent(
        new PerspectiveChanged(m, id, actor, PerspectiveChanged.Change.PERSPECTIVE_RECORDED));
    return id;
  }

  /**
   * @throws StaleForm if the perspective changed after the form was opened (nothing saved)
   * @throws PerspectiveRuleViolation naming the field of the first rule the command breaks
   */
  @Transactional
  public void edit(
      MunicipalityId m, Perspective perspective, UUID actor, PerspectiveCommand command) {
    int version = command.version() == null ? perspective.version() : command.version();
    if (version != perspective.version()) {
      throw stale();
    }
    PerspectiveInput input = command.input();
    checkPerspective(m, perspective.dialogueId(), input, perspective.themeIds());
    if (!repository.updatePerspective(m, perspective.id(), version, input)) {
      throw stale();
    }
    events.publishEvent(
        new PerspectiveChanged(
            m, perspective.id(), actor, PerspectiveChanged.Change.PERSPECTIVE_EDITED));
  }

  /** The text's length and the themes: the dialogue's own, archived ones only if already tagged. */
  private void checkPerspective(
      MunicipalityId m, UUID dialogue, PerspectiveInput input, Set<UUID> tagged) {
    if (input.text().isBlank()) {
      throw new PerspectiveRuleViolation("text", "perspective.perspective.error.text.required");
    }
    if (input.text().length() > PerspectivePolicy.MAX_TEXT) {
      throw new PerspectiveRuleViolation(
          "text", "perspective.perspective.error.text.tooLong", PerspectivePolicy.MAX_TEXT);
    }
    Map<UUID, Theme> themes =
        repository.themes(m, dialogue).stream()
            .collect(Collectors.toMap(Theme::id, Function.identity()));
    for (UUID id : input.themeIds()) {
      Theme theme = themes.get(id);
      if (theme == null || (theme.archived() && !tagged.contains(id))) {
        throw new PerspectiveRuleViolation("themes", "perspective.perspective.error.theme");
      }
    }
  }
}
