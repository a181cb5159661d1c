package se.trygghetsdialog.participation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Participation;
import se.trygghetsdialog.dialogue.ParticipationSource;
import se.trygghetsdialog.population.Population;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * Who a dialogue reached against the population: the participation of every {@link
 * ParticipationSource} added up by channel, area, age band and gender, each group with its
 * population and rate, the representativeness figure and the groups missing or far below. The
 * counts are raw: whoever shows them applies {@link SmallCells}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ParticipationFigures {

  /** A group is far below when its rate is under this share of its dimension's overall rate. */
  public static final double FAR_BELOW = 0.5;

  /** What a group is counted by. */
  public enum Dimension {
    CHANNEL,
    AREA,
    AGE,
    GENDER
  }

  /**
   * One group of people.
   *
   * @param key what groups it: the channel's message key, the area id, the age band or gender name;
   *     empty for people of unknown area, age or gender
   * @param labelKey the message key naming the group; null when {@code name} names it
   * @param name the group's name when it has no message key (an area)
   * @param population how many live in the group; null when not known
   */
  public record Group(
      Dimension dimension,
      String key,
      @Nullable String labelKey,
      String name,
      long reached,
      @Nullable Long population) {

    /** The participation rate, when the group's population is known and above zero. */
    public Optional<Double> rate() {
      return population == null || population <= 0
          ? Optional.empty()
          : Optional.of((double) reached / population);
    }
  }

  /** The lowest participation rate of the groups against the highest, as a ratio (0 to 1). */
  public record Representativeness(Group lowest, Group highest, double ratio) {}

  /**
   * A group missing (nobody reached) or far below its dimension's overall rate.
   *
   * @param missing true when nobody of the group was reached
   */
  public record Gap(Group group, boolean missing) {}

  /**
   * The population the age and gender rates are measured against.
   *
   * @param areaName the dialogue's area when its figures are used; null for the municipality
   */
  public record Base(
      int year,
      @Nullable String areaName,
      boolean illustrative,
      Map<AgeBand, Map<Gender, Long>> byAgeAndGender) {

    public long total() {
      return byAgeAndGender.values().stream()
          .flatMap(m -> m.values().stream())
          .mapToLong(Long::longValue)
          .sum();
    }
  }

  /** A dialogue's participation figures. */
  public record Report(
      long reached,
      List<Group> byChannel,
      List<Group> byArea,
      List<Group> byAge,
      List<Group> byGender,
      Optional<Base> base,
      Optional<Representativeness> representativeness,
      List<Gap> gaps) {}

  private final List<ParticipationSource> sources;
  private final Population population;
  private final Areas areas;

  @Transactional(readOnly = true)
  public Report of(MunicipalityId municipality, Dialogue dialogue) {
    List<Participation> rows = new ArrayList<>();
    sources.forEach(s -> rows.addAll(s.participationIn(municipality, dialogue.id())));
    Optional<Population.Snapshot> snapshot = population.latest(municipality);
    List<Area> known = areas.all(municipality);
    Optional<Base> base = snapshot.flatMap(s -> base(s, dialogue.areaId(), known));
    long reached = rows.stream().mapToLong(Participation::people).sum();

    Map<String, Long> channels = new LinkedHashMap<>();
    rows.forEach(p -> channels.merge(p.channelKey(), (long) p.people(), Long::sum));
    List<Group> byChannel = new ArrayList<>();
    channels.forEach(
        (key, n) -> byChannel.add(new Group(Dimension.CHANNEL, key, key, "", n, null)));
    byChannel.sort(Comparator.comparing(Group::reached).reversed());

    List<Group> byArea = byArea(rows, snapshot, known);

    List<Group> byAge = new ArrayList<>();
    long knownAge = 0;
    for (AgeBand band : AgeBand.values()) {
      long n = rows.stream().mapToLong(p -> p.byAge().getOrDefault(band, 0)).sum();
      knownAge += n;
      Long pop = base.map(b -> sum(b.byAgeAndGender().get(band))).orElse(null);
      byAge.add(new Group(Dimension.AGE, band.name(), "population.age." + band.name(), "", n, pop));
    }
    if (reached > knownAge) {
      byAge.add(
          new Group(
              Dimension.AGE, "", "participation.group.unknownAge", "", reached - knownAge, null));
    }

    List<Group> byGender = new ArrayList<>();
    long knownGender = 0;
    for (Gender gender : Gender.values()) {
      long n = rows.stream().mapToLong(p -> p.byGender().getOrDefault(gender, 0)).sum();
      knownGender += n;
      Long pop =
          gender == Gender.OTHER
              ? null
              : base.map(
                      b ->
                          b.byAgeAndGender().values().stream()
                              .mapToLong(m -> m.getOrDefault(gender, 0L))
                              .sum())
                  .orElse(null);
      if (gender != Gender.OTHER || n > 0) {
        byGender.add(
            new Group(
                Dimension.GENDER, gender.name(), "population.gender." + gender.name(), "", n, pop));
      }
    }
    if (reached > knownGender) {
      byGender.add(
          new Group(
              Dimension.GENDER,
              "",
              "participation.group.unknownGender",
              "",
              reached - knownGender,
              null));
    }

    List<Gap> gaps = new ArrayList<>();
    gaps.addAll(gaps(byArea));
    gaps.addAll(gaps(byAge));
    gaps.addAll(gaps(byGender));
    List<Group> measured = new ArrayList<>();
    for (List<Group> groups : List.of(byArea, byAge, byGender)) {
      groups.stream().filter(g -> g.rate().isPresent()).forEach(measured::add);
    }
    return new Report(
        reached, byChannel, byArea, byAge, byGender, base, representativeness(measured), gaps);
  }

  /** The lowest rate against the highest, over every group with a population. */
  static Optional<Representativeness> representativeness(List<Group> groups) {
    Optional<Group> lowest =
        groups.stream()
            .filter(g -> g.rate().isPresent())
            .min(Comparator.comparing(g -> g.rate().orElseThrow()));
    Optional<Group> highest =
        groups.stream()
            .filter(g -> g.rate().isPresent())
            .max(Comparator.comparing(g -> g.rate().orElseThrow()));
    if (lowest.isEmpty() || highest.isEmpty() || highest.get().rate().orElseThrow() <= 0) {
      return Optional.empty();
    }
    double ratio = lowest.get().rate().orElseThrow() / highest.get().rate().orElseThrow();
    return Optional.of(new Representativeness(lowest.get(), highest.get(), ratio));
  }

  /**
   * The groups of one dimension nobody was reached from, or whose rate is below {@link #FAR_BELOW}
   * of the dimension's overall rate.
   */
  static List<Gap> gaps(List<Group> groups) {
    List<Group> measured = groups.stream().filter(g -> g.rate().isPresent()).toList();
    long reached = measured.stream().mapToLong(Group::reached).sum();
    long people = measured.stream().mapToLong(g -> g.population()).sum();
    if (people <= 0) {
      return List.of();
    }
    double overall = (double) reached / people;
    List<Gap> gaps = new ArrayList<>();
    for (Group g : measured) {
      if (g.reached() == 0) {
        gaps.add(new Gap(g, true));
      } else if (g.rate().orElseThrow() < overall * FAR_BELOW) {
        gaps.add(new Gap(g, false));
      }
    }
    return gaps;
  }

  private static List<Group> byArea(
      List<Participation> rows, Optional<Population.Snapshot> snapshot, List<Area> known) {
    Map<UUID, Long> people = new LinkedHashMap<>();
    snapshot.ifPresent(s -> s.areas().forEach(f -> people.merge(f.areaId(), f.count(), Long::sum)));
    Map<@Nullable UUID, Long> reached = new LinkedHashMap<>();
    rows.forEach(p -> reached.merge(p.areaId(), (long) p.people(), Long::sum));
    List<Group> groups = new ArrayList<>();
    for (Area area : known) {
      long n = reached.getOrDefault(area.id(), 0L);
      Long pop = people.get(area.id());
      if (n > 0 || pop != null) {
        groups.add(new Group(Dimension.AREA, area.id().toString(), null, area.name(), n, pop));
      }
    }
    long elsewhere =
        reached.entrySet().stream()
            .filter(
                e -> e.getKey() == null || known.stream().noneMatch(a -> a.id().equals(e.getKey())))
            .mapToLong(Map.Entry::getValue)
            .sum();
    if (elsewhere > 0) {
      groups.add(
          new Group(Dimension.AREA, "", "participation.group.unknownArea", "", elsewhere, null));
    }
    return groups;
  }

  private static Optional<Base> base(
      Population.Snapshot snapshot, @Nullable UUID dialogueArea, List<Area> known) {
    return snapshot
        .table(dialogueArea)
        .map(
            t ->
                new Base(
                    t.year(),
                    known.stream()
                        .filter(a -> a.id().equals(t.areaId()))
                        .map(Area::name)
                        .findFirst()
                        .orElse(null),
                    t.illustrative(),
                    t.counts()));
  }

  private static @Nullable Long sum(@Nullable Map<Gender, Long> byGender) {
    return byGender == null ? null : byGender.values().stream().mapToLong(Long::longValue).sum();
  }
}
