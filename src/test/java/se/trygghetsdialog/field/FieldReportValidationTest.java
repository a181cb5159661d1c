package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.geo.CategoryKind;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.shared.MunicipalityId;

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

  static FieldReportValidation.Result validate(FieldReportDraft.Event... events) {
    return validate(false, events);
  }

  static FieldReportValidation.Result validate(boolean confirm, FieldReportDraft.Event... events) {
    return FieldReportValidation.validate(
        new FieldReportDraft(UUID.randomUUID().toString(), "FALTARE", List.of(events), confirm),
        id -> id.equals(CATEGORY) ? Optional.of(KNOWN) : Optional.empty(),
        LYSEKIL,
        SCREENER,
        NOW);
  }

  static List<String> keys(FieldReportValidation.Result result) {
    return result.violations().stream().map(v -> v.field() + " " + v.messageKey()).toList();
  }

  @Test
  void aCompleteReportIsValid() {
    FieldReportValidation.Result result =
        validate(event("19:00", "19:30", "12"), event("20:00", "20:05", "0"));
    assertThat(result.violations()).isEmpty();
    assertThat(result.input().events()).hasSize(2);
    assertThat(result.input().events().get(0).peopleInvolved()).isEqualTo(12);
    assertThat(result.input().events().get(0).location().latitude()).isEqualTo(58.277);
    assertThat(result.input().reporterKind()).isEqualTo(ReporterKind.FALTARE);
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
    FieldReportValidation.Result refused = validate(named);
    assertThat(refused.screeningFailed()).isTrue();
    assertThat(refused.violations()).hasSize(1);
    assertThat(refused.violations().get(0).field()).isEqualTo("e0-whatHappened");
    assertThat(refused.violations().get(0).kinds()).contains(PersonalDataKind.PHONE_NUMBER);

    FieldReportValidation.Result confirmed = validate(true, named);
    assertThat(confirmed.violations()).isEmpty();
    assertThat(confirmed.input().events().get(0).flagged()).isTrue();
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
    FieldReportValidation.Result result =
        FieldReportValidation.validate(
            new FieldReportDraft(
                UUID.randomUUID().toString(),
                "POLIS",
                List.of(event("19:00", "19:30", "1")),
                false),
            id -> Optional.of(KNOWN),
            LYSEKIL,
            SCREENER,
            NOW);
    assertThat(keys(result)).containsExactly("reporterKind field.report.error.reporterKind");
  }
}
