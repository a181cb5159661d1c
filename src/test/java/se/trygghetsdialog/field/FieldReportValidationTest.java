package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import se.trygghetsdialog.geo.CategoryKind;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The field report form's rules, without the database: the command as Spring MVC binds and
 * validates it, and the rules {@link FileFieldReport} checks with the category and the map given.
 */
class FieldReportValidationTest {

  static final PersonalDataScreener SCREENER = new PersonalDataScreener();
  static final MapSettings LYSEKIL = new MapSettings(58.15, 58.45, 11.20, 11.65, "", "");
  static final UUID CATEGORY = UUID.randomUUID();
  static final PlaceCategory KNOWN =
      new PlaceCategory(
          CATEGORY,
          new MunicipalityId(UUID.randomUUID()),
          null,
          "GATHERING",
          CategoryKind.UNSAFE,
          "Samling",
          "Gathering",
          10,
          true);
  static final Instant NOW = Instant.parse("2026-11-27T20:00:00Z");
  static final String DAY = "2026-11-27";

  static FieldReportDraft.Event event(String startTime, String endTime, String people) {
    return new FieldReportDraft.Event(
        CATEGORY.toString(),
        "",
        "",
        "",
        "58,2770",
        "11.4370",
        DAY,
        startTime,
        DAY,
        endTime,
        people,
        "no",
        "Grupp samlades vid busstationen med hög musik.",
        "Pratade med gruppen.");
  }

  /** One broken rule by the form's input id; {@code kinds} lists what screening found. */
  record Violation(String field, String messageKey, Set<PersonalDataKind> kinds) {}

  /** What the form's post binds to and the rules it breaks, in the order of the form. */
  record Result(@Nullable FieldReportCommand command, List<Violation> violations) {
    boolean screeningFailed() {
      return command != null && command.screeningFailed();
    }
  }

  static final LocalValidatorFactoryBean VALIDATOR = new LocalValidatorFactoryBean();

  static final Properties MESSAGES = new Properties();

  static {
    VALIDATOR.afterPropertiesSet();
    try (var in = FieldReportValidationTest.class.getResourceAsStream("/i18n/field.properties")) {
      MESSAGES.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Result validate(FieldReportDraft.Event... events) {
    return validate(false, events);
  }

  static Result validate(boolean confirm, FieldReportDraft.Event... events) {
    return validate(
        new FieldReportDraft(UUID.randomUUID().toString(), "FALTARE", List.of(events), confirm),
        id -> id.equals(CATEGORY) ? Optional.of(KNOWN) : Optional.empty());
  }

  /**
   * Binds the draft's values as Spring MVC binds the form (the event fields named {@code
   * events[0].people}), validates the command and applies the rules the action checks.
   */
  static Result validate(
      FieldReportDraft draft, Function<UUID, Optional<PlaceCategory>> reportableCategory) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("submissionKey", draft.submissionKey());
    params.put("reporterKind", draft.reporterKind());
    if (draft.confirmScreened()) {
      params.put("confirmScreened", "yes");
    }
    for (int i = 0; i < draft.events().size(); i++) {
      FieldReportDraft.Event e = draft.events().get(i);
      String p = "events[" + i + "].";
      params.put(p + "categoryId", e.categoryId());
      params.put(p + "gazetteerId", e.gazetteerId());
      params.put(p + "latitude", e.latitude());
      params.put(p + "longitude", e.longitude());
      params.put(p + "startDate", e.startDate());
      params.put(p + "startTime", e.startTime());
      params.put(p + "endDate", e.endDate());
      params.put(p + "endTime", e.endTime());
      params.put(p + "people", e.people());
      params.put(p + "police", e.police());
      params.put(p + "whatHappened", e.whatHappened());
      params.put(p + "actionTaken", e.actionTaken());
    }
    DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();
    conversion.addConverter(
        String.class,
        ScreenedText.class,
        text -> text.isBlank() ? null : new ScreenedText(SCREENER.screen(text.strip())));
    conversion.addConverter(
        String.class,
        Double.class,
        text -> text.isBlank() ? null : Double.valueOf(text.strip().replace(',', '.')));
    DataBinder binder = new DataBinder(null, "fieldReportCommand");
    binder.setTargetType(ResolvableType.forClass(FieldReportCommand.class));
    binder.setConversionService(conversion);
    binder.setValidator(VALIDATOR);
    binder.construct(
        new DataBinder.ValueResolver() {
          @Override
          public @Nullable Object resolveValue(String name, Class<?> type) {
            String value = params.get(name);
            return value == null || value.isEmpty() ? null : value;
          }

          @Override
          public Set<String> getNames() {
            return params.keySet();
          }
        });
    FieldReportCommand command = (FieldReportCommand) binder.getTarget();
    List<Violation> found = new ArrayList<>();
    if (!binder.getBindingResult().hasErrors()) {
      binder.validate();
    }
    for (ObjectError error : binder.getBindingResult().getAllErrors()) {
      String path = error instanceof FieldError f ? f.getField() : "";
      found.add(violation(command, path, key(error)));
    }
    if (command != null) {
      FieldReportRules.problems(command, reportableCategory, e -> Optional.empty(), LYSEKIL, NOW)
          .forEach(v -> found.add(violation(command, v.field(), v.messageKey())));
    }
    found.sort(Comparator.comparingLong(v -> FieldReportCommand.position(v.field())));
    List<Violation> first = new ArrayList<>();
    for (Violation v : found) {
      if (first.stream().noneMatch(f -> f.field().equals(v.field()))) {
        first.add(v);
      }
    }
    return new Result(command, first);
  }

  static Violation violation(@Nullable FieldReportCommand command, String path, String key) {
    String field = FieldReportCommand.inputId(path);
    ScreenedText text = command == null ? null : command.text(field);
    return new Violation(
        field,
        key,
        key.equals("field.report.error.personalData") && text != null
            ? text.screening().kinds()
            : Set.of());
  }

  /** The message key of an error: a constraint's, or the one a value that did not convert shows. */
  static String key(ObjectError error) {
    if (error instanceof FieldError f && f.isBindingFailure()) {
      String shown =
          MESSAGES.getProperty(
              "typeMismatch.fieldReportCommand." + f.getField().replaceAll("\\[\\d+\\]", ""));
      return MESSAGES.stringPropertyNames().stream()
          .filter(k -> k.startsWith("field.report.error.") && MESSAGES.getProperty(k).equals(shown))
          .findFirst()
          .orElseThrow();
    }
    String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
    return template.substring(1, template.length() - 1);
  }

  static List<String> keys(Result result) {
    return result.violations().stream().map(v -> v.field() + " " + v.messageKey()).toList();
  }

  @Test
  void aCompleteReportIsValid() {
    Result result = validate(event("19:00", "19:30", "12"), event("20:00", "20:05", "0"));
    assertThat(result.violations()).isEmpty();
    assertThat(result.command().events()).hasSize(2);
    assertThat(result.command().events().get(0).people().intValueExact()).isEqualTo(12);
    assertThat(FileFieldReport.point(result.command().events().get(0)).latitude())
        .isEqualTo(58.277);
    assertThat(result.command().reporterKind()).isEqualTo(ReporterKind.FALTARE);
  }

  @Test
  void theEndMustNotBeBeforeTheStart() {
    assertThat(keys(validate(event("19:30", "19:00", "3"))))
        .containsExactly("e0-endDate field.report.error.end.beforeStart");
  }

  @Test
  void timesMayNotLieInTheFutureBeyondAFewMinutes() {
    // 20:00 UTC is 21:00 in Stockholm; five minutes ahead is tolerated, an hour is not.
    assertThat(keys(validate(event("20:50", "21:05", "3")))).isEmpty();
    assertThat(keys(validate(event("21:00", "22:00", "3"))))
        .containsExactly("e0-endDate field.report.error.end.future");
  }

  @Test
  void negativeAndAbsurdCountsAreRefused() {
    assertThat(keys(validate(event("19:00", "19:30", "-1"))))
        .containsExactly("e0-people field.report.error.people.negative");
    assertThat(keys(validate(event("19:00", "19:30", "501"))))
        .containsExactly("e0-people field.report.error.people.tooMany");
    assertThat(keys(validate(event("19:00", "19:30", "99999999999"))))
        .containsExactly("e0-people field.report.error.people.tooMany");
    assertThat(keys(validate(event("19:00", "19:30", "-99999999999"))))
        .containsExactly("e0-people field.report.error.people.negative");
    assertThat(keys(validate(event("19:00", "19:30", "-0")))).isEmpty();
    assertThat(keys(validate(event("19:00", "19:30", "007")))).isEmpty();
    assertThat(keys(validate(event("19:00", "19:30", "tolv"))))
        .containsExactly("e0-people field.report.error.people.invalid");
    assertThat(keys(validate(event("19:00", "19:30", "500")))).isEmpty();
  }

  @Test
  void anUnknownCategoryIsRefused() {
    FieldReportDraft.Event e = event("19:00", "19:30", "1");
    FieldReportDraft.Event unknown =
        new FieldReportDraft.Event(
            UUID.randomUUID().toString(),
            "",
            "",
            "",
            e.latitude(),
            e.longitude(),
            DAY,
            "19:00",
            DAY,
            "19:30",
            "1",
            "yes",
            e.whatHappened(),
            "");
    FieldReportDraft.Event garbage =
        new FieldReportDraft.Event(
            "not-a-uuid",
            "",
            "",
            "",
            e.latitude(),
            e.longitude(),
            DAY,
            "19:00",
            DAY,
            "19:30",
            "1",
            "yes",
            e.whatHappened(),
            "");
    assertThat(keys(validate(unknown)))
        .containsExactly("e0-categoryId field.report.error.category.unknown");
    assertThat(keys(validate(e, garbage)))
        .containsExactly("e1-categoryId field.report.error.category.unknown");
  }

  @Test
  void aPointOutsideTheMunicipalityIsRefused() {
    FieldReportDraft.Event e = event("19:00", "19:30", "1");
    FieldReportDraft.Event stockholm = e.at("", "", "59.3293", "18.0686");
    assertThat(keys(validate(stockholm)))
        .containsExactly("e0-latitude field.report.error.location.outside");
    assertThat(keys(validate(e.at("", "", "", ""))))
        .containsExactly("e0-latitude field.report.error.location.required");
    assertThat(keys(validate(e.at("", "", "norr", "11.4"))))
        .containsExactly("e0-latitude field.report.error.location.invalid");
  }

  @Test
  void missingAnswersAreNamedPerEvent() {
    FieldReportDraft.Event empty = FieldReportDraft.Event.blank(DAY);
    assertThat(keys(validate(event("19:00", "19:30", "1"), empty)))
        .containsExactly(
            "e1-categoryId field.report.error.category.required",
            "e1-latitude field.report.error.location.required",
            "e1-startDate field.report.error.start.required",
            "e1-endDate field.report.error.end.required",
            "e1-people field.report.error.people.required",
            "e1-police field.report.error.police.required",
            "e1-whatHappened field.report.error.whatHappened.required");
  }

  @Test
  void personalDataStopsTheReportNamingTheKindsUnlessConfirmed() {
    FieldReportDraft.Event e = event("19:00", "19:30", "2");
    FieldReportDraft.Event named =
        new FieldReportDraft.Event(
            e.categoryId(),
            "",
            "",
            "",
            e.latitude(),
            e.longitude(),
            DAY,
            "19:00",
            DAY,
            "19:30",
            "2",
            "no",
            "Ring 070-123 45 67 om det händer igen.",
            "");
    Result refused = validate(named);
    assertThat(refused.screeningFailed()).isTrue();
    assertThat(refused.violations()).hasSize(1);
    assertThat(refused.violations().get(0).field()).isEqualTo("e0-whatHappened");
    assertThat(refused.violations().get(0).kinds()).contains(PersonalDataKind.PHONE_NUMBER);

    Result confirmed = validate(true, named);
    assertThat(confirmed.violations()).isEmpty();
    assertThat(confirmed.command().events().get(0).flagged()).isTrue();
  }

  @Test
  void textsMayHaveAtMostTwoThousandCharacters() {
    FieldReportDraft.Event e = event("19:00", "19:30", "2");
    FieldReportDraft.Event longText =
        new FieldReportDraft.Event(
            e.categoryId(),
            "",
            "",
            "",
            e.latitude(),
            e.longitude(),
            DAY,
            "19:00",
            DAY,
            "19:30",
            "2",
            "no",
            "a".repeat(2001),
            "");
    assertThat(keys(validate(longText)))
        .containsExactly("e0-whatHappened field.report.error.text.tooLong");
  }

  @Test
  void anUnknownReporterKindIsRefused() {
    Result result =
        validate(
            new FieldReportDraft(
                UUID.randomUUID().toString(),
                "POLIS",
                List.of(event("19:00", "19:30", "1")),
                false),
            id -> Optional.of(KNOWN));
    assertThat(keys(result)).containsExactly("reporterKind field.report.error.reporterKind");
  }
}
