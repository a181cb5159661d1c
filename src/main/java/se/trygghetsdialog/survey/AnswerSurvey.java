package se.trygghetsdialog.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.SecretTokens;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * A resident answers a round, page by page: the answers so far are kept in a draft whose token is
 * the save-and-continue link, the conditions of the next page are evaluated on the server against
 * them, and sending stores the response, marks the code used and deletes the draft (the only tie
 * between the two). Staff enter paper answers through the same checks.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AnswerSurvey {

  /** The longest free-text answer. */
  public static final int MAX_TEXT = 2000;

  /** The channel of an answer sent on the web. */
  public static final String WEB = "web";

  /** The channel of a paper answer entered by staff. */
  public static final String PAPER = "paper";

  private final SurveyRepository repository;
  private final Areas areas;
  private final Gazetteer gazetteer;
  private final PlaceSettings placeSettings;
  private final PersonalDataScreener screener;
  private final ApplicationEventPublisher events;

  /**
   * One page of the form as the resident sees it.
   *
   * @param number the page's number in the survey (pages without a shown question are skipped)
   * @param answers the values given so far, by question id
   */
  public record Page(
      Survey survey,
      SurveyRound round,
      int number,
      boolean first,
      boolean last,
      List<Question> questions,
      Map<UUID, List<String>> answers) {}

  /** What a page's submission led to. */
  public enum Outcome {
    NEXT,
    BACK,
    SAVED,
    SENT
  }

  /** Starts an answer through the round's open link; the token is the resume link. */
  @Transactional
  public String startOpen(MunicipalityId m, UUID roundId) {
    SurveyRound round = openRound(m, roundId);
    if (!round.openLink()) {
      throw new SurveyRefused(403, "survey.refused.codeNeeded");
    }
    return newDraft(m, round.id(), null);
  }

  /** Starts an answer with a personal invitation code. */
  @Transactional
  public String startWithCode(MunicipalityId m, String typed) {
    String code = SurveyInvitations.normalised(typed);
    SurveyRepository.Invitation invitation =
        code.isEmpty() ? null : repository.invitation(m, code).orElse(null);
    if (invitation == null) {
      throw new SurveyRefused(404, "survey.refused.unknownCode");
    }
    if (invitation.used()) {
      throw new SurveyRefused(409, "survey.refused.usedCode");
    }
    openRound(m, invitation.roundId());
    return newDraft(m, invitation.roundId(), invitation.id());
  }

  private String newDraft(MunicipalityId m, UUID round, @Nullable UUID invitation) {
    String token = SecretTokens.newToken();
    repository.insertDraft(m, UUID.randomUUID(), round, SecretTokens.hash(token), invitation);
    return token;
  }

  /** The round if it takes answers today. */
  public SurveyRound openRound(MunicipalityId m, UUID roundId) {
    SurveyRound round =
        repository.round(m, roundId).orElseThrow(() -> new NotFoundException("round"));
    if (!round.openOn(LocalDate.now(Ui.ZONE))) {
      throw new SurveyRefused(410, "survey.refused.closed");
    }
    return round;
  }

  /** The page the draft is on. */
  @Transactional(readOnly = true)
  public Page page(MunicipalityId m, String token) {
    SurveyRepository.Draft draft = draft(m, token, false);
    SurveyRound round = openRound(m, draft.roundId());
    Map<UUID, List<String>> answers = repository.draftAnswers(draft.id());
    return page(m, round, draft.page(), answers);
  }

  private Page page(MunicipalityId m, SurveyRound round, int at, Map<UUID, List<String>> answers) {
    Survey survey =
        repository.survey(m, round.surveyId()).orElseThrow(() -> new NotFoundException("survey"));
    List<Question> asked =
        repository.questions(m, survey.id()).stream().filter(Question::asked).toList();
    TreeSet<Integer> pages = new TreeSet<>();
    for (Question q : asked) {
      if (shown(q, asked, answers)) {
        pages.add(q.page());
      }
    }
    int number = pages.isEmpty() ? 1 : pages.contains(at) ? at : pagesFrom(pages, at);
    List<Question> questions =
        asked.stream().filter(q -> q.page() == number && shown(q, asked, answers)).toList();
    return new Page(
        survey,
        round,
        number,
        pages.lower(number) == null,
        pages.higher(number) == null,
        questions,
        answers);
  }

  private static int pagesFrom(TreeSet<Integer> pages, int at) {
    Integer next = pages.ceiling(at);
    return next != null ? next : pages.last();
  }

  /** Whether a question's condition holds for the answers so far. */
  static boolean shown(Question q, List<Question> asked, Map<UUID, List<String>> answers) {
    if (!q.conditional()) {
      return true;
    }
    return asked.stream()
        .filter(on -> on.code().equals(q.conditionCode()) && on.page() < q.page())
        .anyMatch(
            on ->
                shown(on, asked, answers)
                    && answers.getOrDefault(on.id(), List.of()).contains(q.conditionValue()));
  }

  /**
   * Takes the answers to the draft's current page and moves on as {@code action} asks (next, back,
   * save, send); on the last page, next sends.
   *
   * @param params the posted form, question values under {@code q-<id>}
   * @throws SurveyAnswerErrors when an answer must be corrected (the page is shown again)
   * @throws SurveyRefused for a closed round, a link already used, a tampered question id or value
   */
  @Transactional
  public Outcome answer(
      MunicipalityId m, String token, Map<String, List<String>> params, String action) {
    SurveyRepository.Draft draft = draft(m, token, true);
    SurveyRound round = openRound(m, draft.roundId());
    Map<UUID, List<String>> answers = new HashMap<>(repository.draftAnswers(draft.id()));
    Page page = page(m, round, draft.page(), answers);
    Map<UUID, List<String>> given = values(m, page.questions(), params);
    repository.replaceDraftAnswers(
        draft.id(), page.questions().stream().map(Question::id).toList(), given);
    answers.putAll(given);
    page.questions().stream()
        .filter(q -> !given.containsKey(q.id()))
        .forEach(q -> answers.remove(q.id()));
    if ("back".equals(action)) {
      Page back = page(m, round, page.number() - 1, answers);
      int to = back.number() < page.number() ? back.number() : previous(m, round, page, answers);
      repository.movePage(draft.id(), to);
      return Outcome.BACK;
    }
    if ("save".equals(action)) {
      repository.movePage(draft.id(), page.number());
      return Outcome.SAVED;
    }
    Page next = page(m, round, page.number() + 1, answers);
    if (!page.last() && next.number() > page.number()) {
      repository.movePage(draft.id(), next.number());
      return Outcome.NEXT;
    }
    send(m, round, draft, answers);
    return Outcome.SENT;
  }

  private int previous(
      MunicipalityId m, SurveyRound round, Page page, Map<UUID, List<String>> answers) {
    for (int p = page.number() - 1; p >= 1; p--) {
      Page candidate = page(m, round, p, answers);
      if (candidate.number() == p) {
        return p;
      }
    }
    return page.number();
  }

  private void send(
      MunicipalityId m,
      SurveyRound round,
      SurveyRepository.Draft draft,
      Map<UUID, List<String>> answers) {
    if (draft.invitationId() != null && repository.markUsed(m, draft.invitationId()) == 0) {
      throw new SurveyRefused(409, "survey.refused.usedCode");
    }
    List<Question> asked =
        repository.questions(m, round.surveyId()).stream().filter(Question::asked).toList();
    store(m, round, UUID.randomUUID(), WEB, asked, answers);
    repository.deleteDraft(draft.id());
  }

  /**
   * Staff enter a paper answer: every question on one page, checked as a resident's would be.
   *
   * @param entryId the id the form was shown with: the same form sent twice stores one response
   * @return false when this entry was stored before
   */
  @Transactional
  public boolean enterPaper(
      MunicipalityId m,
      UUID roundId,
      UUID entryId,
      Map<String, List<String>> params,
      StaffPrincipal staff) {
    SurveyRound round =
        repository.round(m, roundId).orElseThrow(() -> new NotFoundException("round"));
    List<Question> asked =
        repository.questions(m, round.surveyId()).stream().filter(Question::asked).toList();
    Map<UUID, List<String>> answers = values(m, asked, params);
    boolean stored = store(m, round, entryId, PAPER, asked, answers);
    if (stored) {
      events.publishEvent(
          new SurveyChanged(m, round.id(), staff.accountId(), SurveyChanged.PAPER_ANSWER));
    }
    return stored;
  }

  private boolean store(
      MunicipalityId m,
      SurveyRound round,
      UUID responseId,
      String channel,
      List<Question> asked,
      Map<UUID, List<String>> answers) {
    String area = null;
    String age = null;
    String gender = null;
    List<SurveyRepository.Value> values = new ArrayList<>();
    for (Question q : asked) {
      List<String> given = answers.getOrDefault(q.id(), List.of());
      if (given.isEmpty() || !shown(q, asked, answers)) {
        continue;
      }
      switch (q.kind()) {
        case AGE_BAND -> age = given.get(0);
        case GENDER -> gender = given.get(0);
        case AREA -> area = areaCode(m, UUID.fromString(given.get(0)));
        case TEXT ->
            values.add(
                new SurveyRepository.Value(
                    q.id(), given.get(0), screener.screen(given.get(0)).flagged()));
        default -> given.forEach(v -> values.add(new SurveyRepository.Value(q.id(), v, false)));
      }
    }
    return repository.insertResponse(
        m, responseId, round.id(), channel, area, age, gender, LocalDate.now(Ui.ZONE), values);
  }

  private String areaCode(MunicipalityId m, UUID area) {
    String code = areas.code(m, area);
    return code.isEmpty() ? area.toString() : code;
  }

  /**
   * The values posted for {@code questions}, checked. A posted question id that is not one of them,
   * or a value no option offers, is refused as tampering; what a resident must correct is thrown as
   * {@link SurveyAnswerErrors}.
   */
  private Map<UUID, List<String>> values(
      MunicipalityId m, List<Question> questions, Map<String, List<String>> params) {
    Map<UUID, Question> byId = new LinkedHashMap<>();
    questions.forEach(q -> byId.put(q.id(), q));
    for (String name : params.keySet()) {
      if (name.startsWith("q-")) {
        String id = name.substring(2);
        int suffix = id.indexOf('-', 36);
        UUID question = parse(suffix < 0 ? id : id.substring(0, suffix));
        if (question == null || !byId.containsKey(question)) {
          throw new SurveyRefused(400, "survey.refused.tampered");
        }
      }
    }
    Map<UUID, List<String>> values = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (Question q : questions) {
      String field = "q-" + q.id();
      List<String> given =
          params.getOrDefault(field, List.of()).stream()
              .map(String::strip)
              .filter(v -> !v.isEmpty())
              .toList();
      if (q.kind() == QuestionKind.MAP) {
        Place place = place(m, field, params);
        if (place.error() != null) {
          errors.put(field, place.error());
        } else if (place.value() != null) {
          values.put(q.id(), List.of(place.value()));
        }
        continue;
      }
      if (given.isEmpty()) {
        continue;
      }
      if (q.kind() != QuestionKind.MULTIPLE && given.size() > 1) {
        throw new SurveyRefused(400, "survey.refused.tampered");
      }
      Set<String> allowed = allowed(m, q);
      if (allowed != null && !allowed.containsAll(given)) {
        throw new SurveyRefused(400, "survey.refused.tampered");
      }
      if (q.kind() == QuestionKind.NUMBER) {
        String error = numberError(q, given.get(0));
        if (error != null) {
          errors.put(field, error);
          continue;
        }
      }
      if (q.kind() == QuestionKind.TEXT && given.get(0).length() > MAX_TEXT) {
        errors.put(field, "survey.error.answer.tooLong");
        continue;
      }
      values.put(q.id(), List.copyOf(new LinkedHashSet<>(given)));
    }
    if (!errors.isEmpty()) {
      throw new SurveyAnswerErrors(errors);
    }
    return values;
  }

  /** A map answer: the point as stored, or what to correct; both null when not answered. */
  private record Place(@Nullable String value, @Nullable String error) {}

  private static @Nullable String numberError(Question q, String value) {
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return "survey.error.answer.number";
    }
    if ((q.min() != null && number < q.min()) || (q.max() != null && number > q.max())) {
      return "survey.error.answer.range";
    }
    return null;
  }

  /** The values a question accepts; null for any (number and free text). */
  private @Nullable Set<String> allowed(MunicipalityId m, Question q) {
    return switch (q.kind()) {
      case SINGLE, MULTIPLE, LIKERT ->
          new LinkedHashSet<>(q.options().stream().map(SurveyOption::value).toList());
      case AGE_BAND -> names(AgeBand.values());
      case GENDER -> names(Gender.values());
      case AREA -> new LinkedHashSet<>(areas.all(m).stream().map(a -> a.id().toString()).toList());
      default -> null;
    };
  }

  private static Set<String> names(Enum<?>[] values) {
    return new LinkedHashSet<>(Arrays.stream(values).map(Enum::name).toList());
  }

  /** The areas a background question offers. */
  public List<Area> areas(MunicipalityId m) {
    return areas.all(m);
  }

  private Place place(MunicipalityId m, String field, Map<String, List<String>> params) {
    String lat = first(params, field + "-lat");
    String lon = first(params, field + "-lon");
    String name = first(params, field + "-place");
    if (!lat.isEmpty() || !lon.isEmpty()) {
      try {
        Coordinates point =
            new Coordinates(
                Double.parseDouble(lat.replace(',', '.')),
                Double.parseDouble(lon.replace(',', '.')));
        if (!placeSettings.of(m).contains(point)) {
          return new Place(null, "survey.error.answer.placeOutside");
        }
        return new Place(point(point), null);
      } catch (NumberFormatException e) {
        return new Place(null, "survey.error.answer.coordinates");
      }
    }
    if (!name.isEmpty()) {
      List<GazetteerEntry> found = name.length() > 100 ? List.of() : gazetteer.search(m, name);
      if (found.isEmpty()) {
        return new Place(null, "survey.error.answer.placeUnknown");
      }
      return new Place(point(found.get(0).location()), null);
    }
    return new Place(null, null);
  }

  private static String point(Coordinates c) {
    return String.format(Locale.ROOT, "%.5f,%.5f", c.latitude(), c.longitude());
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0).strip();
  }

  private static @Nullable UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private SurveyRepository.Draft draft(MunicipalityId m, String token, boolean lock) {
    if (!SecretTokens.wellFormed(token)) {
      throw new SurveyRefused(404, "survey.refused.unknownLink");
    }
    return repository
        .draft(m, SecretTokens.hash(token), lock)
        .orElseThrow(() -> new SurveyRefused(404, "survey.refused.unknownLink"));
  }
}
