package se.trygghetsdialog.walk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.place.Photo;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A point of the walk protocol is recorded on the phone. Each point carries an id the client made
 * once, so a point sent again (after a lost connection, or a double tap) is stored only once.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordWalkPoint {

  public record Input(
      UUID clientId,
      Coordinates location,
      String placeName,
      UUID categoryId,
      boolean safe,
      String observation,
      String proposedAction,
      UUID ownerId,
      PointPriority priority,
      LocalDate deadline,
      @Nullable Photo photo) {}

  /**
   * What the point form (or the offline queue) sends, bound and validated by Spring MVC. The three
   * texts were screened once when they were bound; the point is stored flagged from that screening.
   *
   * @param safety {@code safe} or {@code unsafe}
   * @param confirmScreened the walker has checked the texts that screening flagged and records them
   *     all the same
   */
  public record Command(
      @NotNull(message = "{walk.error.clientId}") UUID clientId,
      @NotNull(message = "{walk.error.location.required}") Double latitude,
      @NotNull(message = "{walk.error.location.required}") Double longitude,
      @Nullable ScreenedText placeName,
      @NotNull(message = "{walk.error.category.required}") UUID categoryId,
      @NotNull(message = "{walk.error.safety.required}")
          @Pattern(regexp = "safe|unsafe", message = "{walk.error.safety.required}")
          String safety,
      @Nullable ScreenedText observation,
      @Nullable ScreenedText proposedAction,
      @NotNull(message = "{walk.error.owner.required}") UUID ownerId,
      @NotNull(message = "{walk.error.priority.required}") PointPriority priority,
      @NotNull(message = "{walk.error.deadline.required}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate deadline,
      @Nullable Photo photo,
      @Nullable Boolean confirmScreened) {

    /** The walker records flagged texts all the same. */
    public boolean confirmed() {
      return Boolean.TRUE.equals(confirmScreened);
    }

    /**
     * The texts screening flagged, by form field ({@code placeName}, {@code observation}, {@code
     * proposedAction}), with the kinds found, so that the form can name them and ask for a rewrite
     * or an explicit confirmation. A confirmed point is stored flagged, and a flagged text is
     * withheld from the public protocol field by field.
     */
    public Map<String, Set<PersonalDataKind>> personalData() {
      Map<String, Set<PersonalDataKind>> found = new LinkedHashMap<>();
      Map<String, @Nullable ScreenedText> texts = new LinkedHashMap<>();
      texts.put("placeName", placeName);
      texts.put("observation", observation);
      texts.put("proposedAction", proposedAction);
      texts.forEach(
          (field, text) -> {
            if (text != null && text.flagged()) {
              found.put(field, text.screening().kinds());
            }
          });
      return found;
    }

    private Input input() {
      return new Input(
          clientId,
          new Coordinates(latitude, longitude),
          text(placeName),
          categoryId,
          "safe".equals(safety),
          text(observation),
          text(proposedAction),
          ownerId,
          priority,
          deadline,
          photo);
    }

    private static String text(@Nullable ScreenedText text) {
      return text == null ? "" : text.text();
    }
  }

  /** The stored point, and whether this call stored it (false: it was already there). */
  public record Result(UUID pointId, boolean created) {}

  private final WalkRepository repository;
  private final PlaceCategories categories;
  private final PlaceSettings placeSettings;
  private final PersonalDataScreener screener;
  private final ApplicationEventPublisher events;

  /**
   * @throws WalkRuleViolation on the first rule broken
   */
  @Transactional
  public Result record(
      MunicipalityId municipality, UUID walkId, Input input, StaffPrincipal staff) {
    return record(
        municipality,
        walkId,
        input,
        staff,
        () ->
            screener.screen(input.observation()).flagged()
                || screener.screen(input.proposedAction()).flagged()
                || screener.screen(input.placeName()).flagged());
  }

  /**
   * Records the point a form sent; its texts are not screened again (a flagged text is refused by
   * the form unless the walker confirmed it, and stored flagged).
   *
   * @throws WalkRuleViolation on the first rule broken
   */
  @Transactional
  public Result record(
      MunicipalityId municipality, UUID walkId, Command command, StaffPrincipal staff) {
    return record(
        municipality, walkId, command.input(), staff, () -> !command.personalData().isEmpty());
  }

  private Result record(
      MunicipalityId municipality,
      UUID walkId,
      Input input,
      StaffPrincipal staff,
      BooleanSupplier screenedFlagged) {
    WalkPolicy.checkPlanner(staff);
    Walk walk = repository.require(municipality, walkId);
    var existing = repository.pointIdByClientId(walkId, input.clientId());
    if (existing.isPresent()) {
      return new Result(existing.get(), false);
    }
    WalkPolicy.checkWithin(placeSettings.of(municipality), "latitude", input.location());
    if (categories.reportable(municipality, input.categoryId()).isEmpty()) {
      throw new WalkRuleViolation("categoryId", "walk.error.category.unknown");
    }
    if (input.observation().length() > WalkPolicy.MAX_TEXT) {
      throw new WalkRuleViolation("observation", "walk.error.text.tooLong");
    }
    if (input.proposedAction().length() > WalkPolicy.MAX_TEXT) {
      throw new WalkRuleViolation("proposedAction", "walk.error.text.tooLong");
    }
    if (repository.invitees(walkId).stream()
        .noneMatch(i -> i.organisationId().equals(input.ownerId()))) {
      throw new WalkRuleViolation("ownerId", "walk.error.owner.notInvited");
    }
    WalkPolicy.checkDeadline(walk.walkDate(), input.deadline());
    boolean flagged = screenedFlagged.getAsBoolean();
    UUID id = UUID.randomUUID();
    if (repository.insertPoint(id, walkId, input, flagged, staff.accountId())) {
      events.publishEvent(
          new WalkPointRecorded(municipality, id, input.ownerId(), OffsetDateTime.now()));
      return new Result(id, true);
    }
    // A resend raced this one and won: the point is there once.
    return new Result(repository.pointIdByClientId(walkId, input.clientId()).orElseThrow(), false);
  }
}
