package se.trygghetsdialog.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.PrimaryWrites;

/**
 * A municipality's report categories. The standard list ({@code TOP} and {@code UNSAFE_PLACE}
 * below) is created for a municipality the first time its categories are asked for; after that they
 * are its own to edit.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlaceCategories {

  /** A top-level category with its sub-categories, for the report form. */
  public record Group(PlaceCategory category, List<PlaceCategory> children) {}

  private record Seed(String code, CategoryKind kind, String sv, String en) {}

  /** Every standard category is about what feels unsafe, but for the safe place. */
  private static Seed unsafe(String code, String sv, String en) {
    return new Seed(code, CategoryKind.UNSAFE, sv, en);
  }

  private static final List<Seed> TOP =
      List.of(
          unsafe("VANDALISM", "Skadegörelse", "Vandalism"),
          unsafe(
              "GATHERING",
              "Otrygghetsskapande samling av personer",
              "Gathering of people that feels unsafe"),
          unsafe(
              "DISORDER",
              "Annat otrygghetsskapande eller ordningsstörande",
              "Other disorder or unsafe behaviour"),
          unsafe("UNSAFE_PLACE", "Otrygg plats", "Unsafe place"),
          new Seed(
              "SAFE_PLACE",
              CategoryKind.SAFE,
              "Trygg plats / plats jag tycker om",
              "Safe place / place I like"));

  private static final List<Seed> UNSAFE_PLACE =
      List.of(
          unsafe("LIGHTING", "Belysning", "Lighting"),
          unsafe("VEGETATION_SIGHT", "Vegetation och sikt", "Vegetation and view"),
          unsafe("LITTER", "Nedskräpning", "Litter"),
          unsafe("GRAFFITI", "Klotter", "Graffiti"),
          // Not "Skadegörelse": that is the top-level category, and two equal names in one list
          // cannot be told apart. This one is the state of the place, not the act.
          unsafe("DAMAGE", "Skador och trasig utrustning", "Damage and broken fixtures"),
          unsafe("MAINTENANCE", "Skötsel och underhåll", "Care and maintenance"),
          unsafe("OVERVIEW", "Överblickbarhet och insyn", "Overview and visibility"),
          unsafe("WAYFINDING", "Orienterbarhet och skyltning", "Wayfinding and signs"),
          unsafe("NO_ALTERNATIVE_ROUTES", "Alternativa vägar saknas", "No alternative routes"),
          unsafe("UNDERPASS", "Gångtunnel eller passage", "Underpass"),
          unsafe("DESERTED", "Öde eller folktom plats", "Deserted place"),
          unsafe("TRAFFIC", "Trafik", "Traffic"),
          unsafe("ACCESSIBILITY", "Tillgänglighet och framkomlighet", "Accessibility"),
          unsafe("UNSAFE_OTHER", "Annat", "Other"));

  private final PlaceCategoryRepository repository;
  private final PlatformTransactionManager transactions;

  /**
   * All categories, creating the standard list on first use. The list is created in a transaction
   * of its own on the primary, since the caller may be a read-only page reading the replica.
   */
  public List<PlaceCategory> all(MunicipalityId municipality) {
    List<PlaceCategory> all = repository.all(municipality);
    if (!all.isEmpty()) {
      return all;
    }
    return PrimaryWrites.inOwnTransaction(
        transactions,
        () -> {
          int position = 0;
          for (Seed top : TOP) {
            UUID id =
                repository.insertIfMissing(
                    municipality, null, top.code(), top.kind(), top.sv(), top.en(), position += 10);
            if (top.code().equals("UNSAFE_PLACE")) {
              for (Seed child : UNSAFE_PLACE) {
                repository.insertIfMissing(
                    municipality,
                    id,
                    child.code(),
                    child.kind(),
                    child.sv(),
                    child.en(),
                    position += 10);
              }
            }
          }
          return repository.all(municipality);
        });
  }

  /** Active categories as groups: a top-level category and its active sub-categories. */
  public List<Group> groups(MunicipalityId municipality) {
    List<PlaceCategory> all = all(municipality);
    List<Group> groups = new ArrayList<>();
    for (PlaceCategory top : all) {
      if (top.parentId() == null && top.active()) {
        groups.add(
            new Group(
                top,
                all.stream().filter(c -> top.id().equals(c.parentId()) && c.active()).toList()));
      }
    }
    return groups;
  }

  /**
   * Every category's name in {@code locale}, by id, from one read: for pages and reports that name
   * the categories of many rows (instead of a {@link #find} per row).
   */
  public Map<UUID, String> names(MunicipalityId municipality, Locale locale) {
    Map<UUID, String> names = new HashMap<>();
    for (PlaceCategory c : all(municipality)) {
      names.put(c.id(), c.name(locale));
    }
    return names;
  }

  public Optional<PlaceCategory> find(MunicipalityId municipality, UUID id) {
    all(municipality);
    return repository.find(municipality, id);
  }

  /**
   * A category a resident may choose: active, and without active sub-categories (choose those
   * instead).
   */
  public Optional<PlaceCategory> reportable(MunicipalityId municipality, UUID id) {
    List<PlaceCategory> all = all(municipality);
    return all.stream()
        .filter(c -> c.id().equals(id) && c.active())
        .filter(c -> all.stream().noneMatch(child -> id.equals(child.parentId()) && child.active()))
        .findFirst();
  }
}
