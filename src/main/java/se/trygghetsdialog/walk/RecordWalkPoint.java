package se.trygghetsdialog.walk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreeningResult;
import se.trygghetsdialog.place.Photo;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A point of the walk protocol is recorded on the phone. Each point carries an id the client made
 * once, so a point sent again (after a lost connection, or a double tap) is stored only once.
 */
@Service
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

  /** The stored point, and whether this call stored it (false: it was already there). */
  public record Result(UUID pointId, boolean created) {}

  private final WalkRepository repository;
  private final PlaceCategories categories;
  private final PlaceSettings placeSettings;
  private final PersonalDataScreener screener;

  RecordWalkPoint(
      WalkRepository repository,
      PlaceCategories categories,
      PlaceSettings placeSettings,
      PersonalDataScreener screener) {
    this.repository = repository;
    this.categories = categories;
    this.placeSettings = placeSettings;
    this.screener = screener;
  }

  /**
   * The texts of a point that screening flags, by form field ({@code placeName}, {@code
   * observation}, {@code proposedAction}), with the kinds found, so that the form can name them and
   * ask for a rewrite or an explicit confirmation. A confirmed point is stored flagged, and a
   * flagged text is withheld from the public protocol field by field.
   */
  public Map<String, Set<PersonalDataKind>> personalData(
      String placeName, String observation, String proposedAction) {
    Map<String, Set<PersonalDataKind>> found = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("placeName", placeName);
    texts.put("observation", observation);
    texts.put("proposedAction", proposedAction);
    texts.forEach(
        (field, text) -> {
          ScreeningResult result = screener.screen(text);
          if (result.flagged()) {
            found.put(field, result.kinds());
          }
        });
    return found;
  }

  /**
   * @throws WalkRuleViolation on the first rule broken
   */
  @Transactional
  public Result record(
      MunicipalityId municipality, UUID walkId, Input input, StaffPrincipal staff) {
    if (!WalkPolicy.mayPlan(staff)) {
      throw new AccessDeniedException("not a walk planner");
    }
    Walk walk =
        repository
            .find(municipality, walkId)
            .orElseThrow(() -> new WalkRuleViolation("", "walk.error.notFound"));
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
    boolean flagged =
        screener.screen(input.observation()).flagged()
            || screener.screen(input.proposedAction()).flagged()
            || screener.screen(input.placeName()).flagged();
    UUID id = UUID.randomUUID();
    if (repository.insertPoint(id, walkId, input, flagged, staff.accountId())) {
      return new Result(id, true);
    }
    // A resend raced this one and won: the point is there once.
    return new Result(repository.pointIdByClientId(walkId, input.clientId()).orElseThrow(), false);
  }
}
