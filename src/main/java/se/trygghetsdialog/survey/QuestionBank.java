package se.trygghetsdialog.survey;

import java.util.List;
import java.util.Optional;
import se.trygghetsdialog.survey.results.SurveyResultsSource;

/**
 * The questions shipped with the product: the NTU-style headline item, optional items on worry and
 * local problems, and the voluntary background questions. A survey gets copies; staff edit them
 * there (the code stays, so results compare across rounds of the same version).
 */
public final class QuestionBank {

  private QuestionBank() {}

  /** The code of the shipped map question whose answers are places where residents feel unsafe. */
  public static final String UNSAFE_PLACE = "plats-otrygg";

  /** One shipped item. */
  public record Item(
      String code, QuestionKind kind, String text, List<SurveyOption> options, int page) {}

  private static final List<SurveyOption> PROBLEM =
      List.of(
          new SurveyOption("1", "Inget problem"),
          new SurveyOption("2", "Litet problem"),
          new SurveyOption("3", "Ganska stort problem"),
          new SurveyOption("4", "Mycket stort problem"));

  /** The NTU-style headline item, its options as PRODUCT.md and the results contract give them. */
  public static final Item NTU =
      new Item(
          SurveyResultsSource.NTU_CODE,
          QuestionKind.SINGLE,
          "Hur trygg eller otrygg känner du dig när du går ut ensam sent på kvällen i ditt eget"
              + " bostadsområde?",
          List.of(
              new SurveyOption(SurveyResultsSource.NTU_VALUES.get(0), "Mycket trygg"),
              new SurveyOption(SurveyResultsSource.NTU_VALUES.get(1), "Ganska trygg"),
              new SurveyOption(SurveyResultsSource.NTU_VALUES.get(2), "Ganska otrygg"),
              new SurveyOption(SurveyResultsSource.NTU_VALUES.get(3), "Mycket otrygg"),
              new SurveyOption(
                  SurveyResultsSource.NTU_VALUES.get(4),
                  "Går ej ut på kvällen av oro för att utsättas för brott"),
              new SurveyOption(
                  SurveyResultsSource.NTU_VALUES.get(5), "Går ej ut på kvällen av andra orsaker")),
          1);

  /** Every shipped item, the headline item first. */
  public static final List<Item> ITEMS =
      List.of(
          NTU,
          new Item(
              "oro-brott",
              QuestionKind.LIKERT,
              "Hur ofta oroar du dig för att utsättas för brott?",
              List.of(
                  new SurveyOption("1", "Aldrig"),
                  new SurveyOption("2", "Sällan"),
                  new SurveyOption("3", "Ibland"),
                  new SurveyOption("4", "Ofta")),
              1),
          new Item(
              "problem-nedskrapning",
              QuestionKind.LIKERT,
              "Hur stort problem är nedskräpning i ditt bostadsområde?",
              PROBLEM,
              2),
          new Item(
              "problem-skadegorelse",
              QuestionKind.LIKERT,
              "Hur stort problem är skadegörelse i ditt bostadsområde?",
              PROBLEM,
              2),
          new Item(
              "problem-belysning",
              QuestionKind.LIKERT,
              "Hur stort problem är dålig belysning i ditt bostadsområde?",
              PROBLEM,
              2),
          new Item(
              UNSAFE_PLACE,
              QuestionKind.MAP,
              "Markera en plats där du känner dig otrygg",
              List.of(),
              3),
          new Item("bakgrund-alder", QuestionKind.AGE_BAND, "Hur gammal är du?", List.of(), 4),
          new Item("bakgrund-kon", QuestionKind.GENDER, "Vilket kön har du?", List.of(), 4),
          new Item("bakgrund-omrade", QuestionKind.AREA, "I vilket område bor du?", List.of(), 4));

  public static Optional<Item> item(String code) {
    return ITEMS.stream().filter(i -> i.code().equals(code)).findFirst();
  }
}
