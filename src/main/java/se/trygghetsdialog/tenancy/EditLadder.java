package se.trygghetsdialog.tenancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.LocalizedText;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An administrator edits the municipality's participation ladder: the rank, names and
 * plain-language explanations of its levels, or adds a level. Ranks are unique; every changed level
 * is audit-logged with its old and new text.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EditLadder {

  public static final int MAX_RANK = 10;

  /** One level as the form sends it. */
  public record Level(
      @Nullable UUID id,
      @NotNull(message = "{tenancy.error.ladder.rank}")
          @Min(value = 1, message = "{tenancy.error.ladder.rank}")
          @Max(value = MAX_RANK, message = "{tenancy.error.ladder.rank}")
          Integer rank,
      @NotBlank(message = "{tenancy.error.ladder.name}")
          @Size(max = 60, message = "{tenancy.error.ladder.name}")
          String nameSv,
      @Nullable @Size(max = 60, message = "{tenancy.error.ladder.name}") String nameEn,
      @NotBlank(message = "{tenancy.error.ladder.explanation}")
          @Size(max = 1000, message = "{tenancy.error.ladder.explanation}")
          String explanationSv,
      @Nullable @Size(max = 1000, message = "{tenancy.error.ladder.explanation}")
          String explanationEn) {

    ParticipationLevel level(UUID levelId) {
      return new ParticipationLevel(
          levelId,
          rank,
          new LocalizedText(nameSv.strip(), nameEn == null ? "" : nameEn.strip()),
          new LocalizedText(
              explanationSv.strip(), explanationEn == null ? "" : explanationEn.strip()));
    }
  }

  /** The ladder form: every existing level. */
  public record Command(@NotNull @Valid List<@Valid Level> levels) {}

  private final ParticipationLadder ladder;
  private final SettingsRepository settings;
  private final TenancyRepository repository;
  private final ApplicationEventPublisher events;

  /**
   * Saves the levels of the form.
   *
   * @throws TenancyRuleViolation on the rank of a level whose rank another level has, or on a level
   *     that is not the municipality's
   */
  @Transactional
  public void save(MunicipalityId municipality, @Nullable UUID actor, Command command) {
    Map<UUID, ParticipationLevel> before = new HashMap<>();
    ladder.levels(municipality).forEach(l -> before.put(l.id(), l));
    Map<Integer, Integer> ranks = new HashMap<>();
    for (int i = 0; i < command.levels().size(); i++) {
      Level level = command.levels().get(i);
      if (level.id() == null || !before.containsKey(level.id())) {
        throw new TenancyRuleViolation("levels[" + i + "].rank", "tenancy.error.ladder.unknown");
      }
      if (ranks.putIfAbsent(level.rank(), i) != null) {
        throw new TenancyRuleViolation(
            "levels[" + i + "].rank", "tenancy.error.ladder.duplicateRank", level.rank());
      }
    }
    settings.parkRanks(municipality);
    for (Level input : command.levels()) {
      ParticipationLevel old = before.remove(input.id());
      ParticipationLevel next = input.level(input.id());
      settings.updateLevel(municipality, next);
      if (!next.equals(old)) {
        events.publishEvent(
            new SettingChanged(
                municipality, actor, "ladder." + next.id(), describe(old), describe(next)));
      }
    }
    // Levels the form did not send keep their place.
    for (ParticipationLevel untouched : before.values()) {
      if (ranks.containsKey(untouched.rank())) {
        throw new TenancyRuleViolation(
            "levels[" + ranks.get(untouched.rank()) + "].rank",
            "tenancy.error.ladder.duplicateRank",
            untouched.rank());
      }
      settings.updateLevel(municipality, untouched);
    }
  }

  /**
   * Adds a level to the ladder.
   *
   * @throws TenancyRuleViolation on field {@code rank} when another level has the rank
   */
  @Transactional
  public ParticipationLevel add(MunicipalityId municipality, @Nullable UUID actor, Level input) {
    boolean taken = ladder.levels(municipality).stream().anyMatch(l -> l.rank() == input.rank());
    if (taken) {
      throw new TenancyRuleViolation("rank", "tenancy.error.ladder.duplicateRank", input.rank());
    }
    ParticipationLevel level = input.level(UUID.randomUUID());
    repository.insertLevel(municipality, level);
    events.publishEvent(
        new SettingChanged(municipality, actor, "ladder." + level.id(), "", describe(level)));
    return level;
  }

  private static String describe(@Nullable ParticipationLevel level) {
    if (level == null) {
      return "";
    }
    return level.rank()
        + ". "
        + level.name().sv()
        + " / "
        + level.name().en()
        + ": "
        + level.explanation().sv()
        + " / "
        + level.explanation().en();
  }
}
