package se.trygghetsdialog.lagesbild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * Reads the lägesbild (lag 2023:196 §4): the draft, the imported crime statistics, the identified
 * problems, the facts the {@link LagesbildSource}s offer, and the adopted versions.
 */
@Service
public class Lagesbilder {

  static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final LagesbildRepository repository;
  private final List<LagesbildSource> sources;
  private final Areas areas;
  private final MessageSource messages;
  private final int reviewIntervalMonths;

  Lagesbilder(
      LagesbildRepository repository,
      List<LagesbildSource> sources,
      Areas areas,
      MessageSource messages,
      @Value("${app.measure.lagesbild.review-interval-months:48}") int reviewIntervalMonths) {
    this.repository = repository;
    this.sources = sources;
    this.areas = areas;
    this.messages = messages;
    this.reviewIntervalMonths = reviewIntervalMonths;
  }

  /**
   * The draft as stored, or a new one: a copy of the latest adopted version if there is one,
   * otherwise empty texts and facts of the last twelve months.
   */
  @Transactional(readOnly = true)
  public Lagesbild draft(MunicipalityId municipality, LocalDate today) {
    return repository
        .draft(municipality)
        .orElseGet(
            () ->
                current(municipality)
                    .map(LagesbildVersion::asDraft)
                    .orElseGet(
                        () ->
                            new Lagesbild(
                                messages.getMessage(
                                    "measure.lagesbild.defaultTitle", null, SWEDISH),
                                "",
                                "",
                                "",
                                today.minusYears(1).plusDays(1),
                                today,
                                new LinkedHashSet<>(),
                                0)));
  }

  @Transactional(readOnly = true)
  public List<CrimeStatistic> crimeStatistics(MunicipalityId municipality) {
    return repository.crime(municipality);
  }

  /** The identified problems of the draft, with area names. */
  @Transactional(readOnly = true)
  public List<LagesbildProblem> problems(MunicipalityId municipality) {
    return withAreaNames(municipality, repository.problems(municipality));
  }

  @Transactional(readOnly = true)
  public Optional<LagesbildProblem> problem(MunicipalityId municipality, UUID id) {
    return repository
        .problem(municipality, id)
        .map(p -> withAreaNames(municipality, List.of(p)).get(0));
  }

  List<LagesbildProblem> withAreaNames(
      MunicipalityId municipality, List<LagesbildProblem> problems) {
    if (problems.stream().allMatch(p -> p.areaId() == null)) {
      return problems;
    }
    List<Area> all = areas.all(municipality);
    List<LagesbildProblem> named = new ArrayList<>();
    for (LagesbildProblem p : problems) {
      String name =
          p.areaId() == null
              ? ""
              : all.stream()
                  .filter(a -> a.id().equals(p.areaId()))
                  .map(Area::name)
                  .findFirst()
                  .orElse("");
      named.add(new LagesbildProblem(p.id(), p.title(), p.description(), p.areaId(), name));
    }
    return named;
  }

  /** Every fact the sources offer for the period, in source order, in Swedish. */
  public List<LagesbildFact> availableFacts(
      MunicipalityId municipality, LocalDate from, LocalDate to) {
    return availableFacts(municipality, from, to, SWEDISH);
  }

  /** Every fact the sources offer for the period, in source order, worded in {@code locale}. */
  public List<LagesbildFact> availableFacts(
      MunicipalityId municipality, LocalDate from, LocalDate to, Locale locale) {
    List<LagesbildFact> facts = new ArrayList<>();
    for (LagesbildSource source : sources) {
      facts.addAll(source.facts(municipality, from, to, locale));
    }
    return facts;
  }

  /**
   * The version as read in {@code locale}: the facts of part 2 in that language when they were kept
   * on adoption (English), otherwise as adopted (Swedish). Texts written by staff stay as written.
   */
  @Transactional(readOnly = true)
  public LagesbildVersion readIn(LagesbildVersion version, Locale locale) {
    String language = locale.getLanguage();
    if (language.equals(SWEDISH.getLanguage())) {
      return version;
    }
    List<LagesbildFact> translated = repository.translatedFacts(version.id(), language);
    return translated.isEmpty() ? version : version.withFacts(translated, language);
  }

  /** Every adopted version, newest (the current one) first. */
  @Transactional(readOnly = true)
  public List<LagesbildVersion> versions(MunicipalityId municipality) {
    return repository.versions(municipality);
  }

  @Transactional(readOnly = true)
  public Optional<LagesbildVersion> current(MunicipalityId municipality) {
    return repository.versions(municipality).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<LagesbildVersion> version(MunicipalityId municipality, int number) {
    return repository.version(municipality, number);
  }

  public int nextVersionNumber(MunicipalityId municipality) {
    return repository.nextVersionNumber(municipality);
  }

  /** The interval between reviews, in months (default 48, one mandatperiod). */
  public int reviewIntervalMonths() {
    return reviewIntervalMonths;
  }

  /** The date by which the current version should be reviewed; empty if none is adopted. */
  public Optional<LocalDate> reviewDue(MunicipalityId municipality) {
    return current(municipality)
        .map(v -> v.decision().decidedOn().plusMonths(reviewIntervalMonths()));
  }
}
