package se.trygghetsdialog.survey;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.trygghetsdialog.shared.web.Language;

/**
 * The translations of survey questions into the languages residents may choose besides Swedish, and
 * the wording a resident sees: the translation when there is one for the question's current Swedish
 * wording, otherwise the Swedish wording marked as such. A translation made for an earlier Swedish
 * wording is kept (staff see it to revise it) but never shown.
 */
public final class QuestionTranslations {

  /**
   * One stored translation.
   *
   * @param option the option's value, or empty for the question's text
   * @param source the Swedish wording it translates
   */
  public record Entry(UUID questionId, String language, String option, String text, String source) {

    /** Whether it translates {@code swedish}, the Swedish wording now. */
    public boolean translates(String swedish) {
      return source.equals(swedish);
    }
  }

  /**
   * A text as a resident sees it.
   *
   * @param swedishOnly the Swedish wording shown on a page in another language: to be marked with
   *     the language attribute sv and a note
   */
  public record Wording(String text, boolean swedishOnly) {}

  private static final QuestionTranslations NONE = new QuestionTranslations(List.of());

  private final Map<UUID, Map<String, Entry>> byQuestion = new HashMap<>();

  QuestionTranslations(Collection<Entry> entries) {
    for (Entry entry : entries) {
      byQuestion
          .computeIfAbsent(entry.questionId(), q -> new HashMap<>())
          .put(key(entry.language(), entry.option()), entry);
    }
  }

  /** No translations: every text in Swedish. */
  public static QuestionTranslations none() {
    return NONE;
  }

  /** The languages staff translate questions into: those offered to residents besides Swedish. */
  public static List<Language> languages() {
    return Language.offeredLanguages().stream()
        .filter(l -> !"sv".equals(l.locale().getLanguage()))
        .toList();
  }

  private static String key(String language, String option) {
    return language + '\n' + option;
  }

  /** The stored translation, also one made for an earlier Swedish wording. */
  public Optional<Entry> entry(UUID question, Language language, String option) {
    return Optional.ofNullable(
        byQuestion.getOrDefault(question, Map.of()).get(key(language.tag(), option)));
  }

  /** The question's text in {@code language}. */
  public Wording text(Question question, Language language) {
    return wording(question.id(), language, "", question.text());
  }

  /** An option's label in {@code language}. */
  public Wording option(Question question, SurveyOption option, Language language) {
    return wording(question.id(), language, option.value(), option.label());
  }

  private Wording wording(UUID question, Language language, String option, String swedish) {
    if ("sv".equals(language.locale().getLanguage())) {
      return new Wording(swedish, false);
    }
    return entry(question, language, option)
        .filter(e -> e.translates(swedish))
        .map(e -> new Wording(e.text(), false))
        .orElseGet(() -> new Wording(swedish, true));
  }

  /**
   * Whether the question is translated into {@code language} for its current Swedish wording: its
   * text and every option.
   */
  public boolean complete(Question question, Language language) {
    if (text(question, language).swedishOnly()) {
      return false;
    }
    return question.options().stream().noneMatch(o -> option(question, o, language).swedishOnly());
  }
}
