package se.trygghetsdialog.walk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Points of published walk protocols are inputs measures may answer. The label is the walk, the
 * category and the proposed action as published (nothing when the text was withheld); points of
 * unpublished protocols are not found.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkPointInputResolver implements InputResolver {

  /** The input type of a protocol point (its name is {@code measure.inputType.WALK_POINT}). */
  static final String WALK_POINT = "WALK_POINT";

  private final WalkRepository repository;
  private final Walks walks;
  private final PlaceCategories categories;
  private final JdbcClient jdbc;

  @Override
  public String type() {
    return WALK_POINT;
  }

  @Override
  public Optional<String> label(MunicipalityId municipality, UUID id) {
    return repository
        .walkOfPoint(id)
        .flatMap(walkId -> walks.find(municipality, walkId))
        .filter(Walk::published)
        .flatMap(
            walk ->
                walks.publicProtocol(walk).stream()
                    .filter(p -> p.id().equals(id))
                    .findFirst()
                    .map(p -> label(municipality, walk, p)));
  }

  @Override
  public List<UUID> newest(MunicipalityId municipality, int limit) {
    return jdbc.sql(
            """
            SELECT p.point_id FROM walk_point p JOIN walk w ON w.walk_id = p.walk_id
            WHERE w.municipality_id = :m AND w.protocol_sent_at IS NOT NULL
            ORDER BY p.recorded_at DESC LIMIT :limit
            """)
        .param("m", municipality.value())
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  private String label(MunicipalityId municipality, Walk walk, Walks.PublicPoint point) {
    String category =
        categories
            .find(municipality, point.categoryId())
            .map(c -> c.name(Locale.forLanguageTag("sv")))
            .orElse("");
    String action = point.proposedAction();
    if (action.length() > 80) {
      action = action.substring(0, 80) + " …";
    }
    return walk.title() + " – " + category + (action.isEmpty() ? "" : ": " + action);
  }
}
