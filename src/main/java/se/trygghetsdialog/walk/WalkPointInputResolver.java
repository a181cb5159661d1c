package se.trygghetsdialog.walk;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Points of published walk protocols are inputs measures may answer. The label is the walk, the
 * category and the proposed action as published (nothing when the text was withheld); points of
 * unpublished protocols are not found.
 */
@Configuration(proxyBeanMethods = false)
class WalkPointInputResolver {

  /** The input type of a protocol point (its name is {@code measure.inputType.WALK_POINT}). */
  static final String WALK_POINT = "WALK_POINT";

  @Bean
  InputResolver walkPointInputs(
      WalkRepository repository, Walks walks, PlaceCategories categories) {
    return InputResolver.of(
        WALK_POINT,
        (municipality, id) -> label(repository, walks, categories, municipality, id),
        repository::newestProtocolPointIds);
  }

  private static Optional<String> label(
      WalkRepository repository,
      Walks walks,
      PlaceCategories categories,
      MunicipalityId municipality,
      UUID id) {
    return repository
        .walkOfPoint(id)
        .flatMap(walkId -> walks.find(municipality, walkId))
        .filter(Walk::published)
        .flatMap(
            walk ->
                walks.publicProtocol(walk).stream()
                    .filter(p -> p.id().equals(id))
                    .findFirst()
                    .map(p -> label(categories, municipality, walk, p)));
  }

  private static String label(
      PlaceCategories categories, MunicipalityId municipality, Walk walk, Walks.PublicPoint point) {
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
