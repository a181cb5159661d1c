package se.trygghetsdialog.survey.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.Language;
import se.trygghetsdialog.shared.web.MapJson;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.survey.AnswerSurvey;
import se.trygghetsdialog.survey.Question;
import se.trygghetsdialog.survey.QuestionKind;
import se.trygghetsdialog.survey.QuestionTranslations;
import se.trygghetsdialog.survey.Survey;
import se.trygghetsdialog.survey.SurveyPolicy;
import se.trygghetsdialog.survey.SurveyRound;
import se.trygghetsdialog.survey.Surveys;

/** What the survey controllers share: access, finding things, and the questions as shown. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyPages {

  private final Surveys surveys;
  private final AnswerSurvey answerSurvey;
  private final PlaceSettings placeSettings;
  private final Gazetteer gazetteer;

  /** The signed-in staff member who builds surveys; anyone else is refused (403). */
  static StaffPrincipal builder() {
    StaffPrincipal staff = StaffAccounts.signedIn();
    if (!SurveyPolicy.mayManage(staff)) {
      throw new AccessDeniedException("may not build surveys");
    }
    return staff;
  }

  static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("survey");
    }
  }

  Survey survey(MunicipalityId m, String id) {
    return surveys.find(m, id(id)).orElseThrow(() -> new NotFoundException("survey"));
  }

  /** A round of the survey; a round of another survey is not found. */
  SurveyRound round(MunicipalityId m, Survey survey, String id) {
    SurveyRound round = surveys.round(m, id(id)).orElseThrow(() -> new NotFoundException("round"));
    if (!round.surveyId().equals(survey.id())) {
      throw new NotFoundException("round");
    }
    return round;
  }

  /** A current question of the survey. */
  Question question(MunicipalityId m, Survey survey, String id) {
    Question question =
        surveys.question(m, id(id)).orElseThrow(() -> new NotFoundException("question"));
    if (!question.surveyId().equals(survey.id())) {
      throw new NotFoundException("question");
    }
    return question;
  }

  /**
   * The questions as the form shows them, with the values given so far or as typed.
   *
   * @param typed the posted form when it is shown again; otherwise empty
   */
  List<QuestionView> views(
      MunicipalityId m,
      List<Question> questions,
      Map<UUID, List<String>> answers,
      Map<String, List<String>> typed,
      Ui ui) {
    List<QuestionView> views = new ArrayList<>();
    boolean mapShown = false;
    Language language = ui.language();
    QuestionTranslations translations = surveys.translations(m, questions);
    for (Question q : questions) {
      Set<String> swedishOptions = new HashSet<>();
      String field = "q-" + q.id();
      List<String> values =
          typed.isEmpty()
              ? answers.getOrDefault(q.id(), List.of())
              : typed.getOrDefault(field, List.of());
      String value = values.isEmpty() ? "" : values.get(0);
      List<Option> options =
          switch (q.kind()) {
            case SINGLE, MULTIPLE, LIKERT ->
                q.options().stream()
                    .map(
                        o -> {
                          QuestionTranslations.Wording label = translations.option(q, o, language);
                          if (label.swedishOnly()) {
                            swedishOptions.add(o.value());
                          }
                          return new Option(o.value(), label.text(), values.contains(o.value()));
                        })
                    .toList();
            case AGE_BAND -> enumOptions(AgeBand.values(), "survey.ageBand", values, ui);
            case GENDER -> enumOptions(Gender.values(), "survey.gender", values, ui);
            case AREA ->
                answerSurvey.areas(m).stream()
                    .map(
                        a ->
                            new Option(
                                a.id().toString(), a.name(), values.contains(a.id().toString())))
                    .toList();
            default -> List.of();
          };
      String type =
          switch (q.kind()) {
            case MULTIPLE -> "checkbox";
            case AREA -> "select";
            case NUMBER -> "number";
            case TEXT -> "text";
            case MAP -> "map";
            default -> "radio";
          };
      String latitude = "";
      String longitude = "";
      String place = "";
      if (q.kind() == QuestionKind.MAP) {
        if (typed.isEmpty() && value.contains(",")) {
          latitude = value.substring(0, value.indexOf(','));
          longitude = value.substring(value.indexOf(',') + 1);
        } else {
          latitude = first(typed, field + "-lat");
          longitude = first(typed, field + "-lon");
          place = first(typed, field + "-place");
        }
      }
      boolean map = q.kind() == QuestionKind.MAP && !mapShown;
      mapShown |= map;
      views.add(
          new QuestionView(
              q,
              field,
              type,
              translations.text(q, language),
              options,
              Set.copyOf(swedishOptions),
              value,
              place,
              latitude,
              longitude,
              map));
    }
    return views;
  }

  private static List<Option> enumOptions(
      Enum<?>[] values, String prefix, List<String> chosen, Ui ui) {
    List<Option> options = new ArrayList<>();
    for (Enum<?> value : values) {
      options.add(new Option(value.name(), ui.e(prefix, value), chosen.contains(value.name())));
    }
    return options;
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  /** The map settings of the page's map question, as the shared map scripts read them. */
  MapView map(MunicipalityId m) {
    return new MapView(
        placeSettings.of(m),
        MapJson.namedPoints(
            gazetteer.localities(m),
            GazetteerEntry::name,
            l -> l.location().latitude(),
            l -> l.location().longitude()));
  }
}
