package se.trygghetsdialog.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The municipality's localities, kommundelar and DeSO areas, with a centre and optionally a
 * boundary. The map rules (inside the municipality's map, overlaps) are checked by the caller,
 * which knows the map; here only names and what points to an area.
 */
@Service
public class Areas extends ArchivableRegister<Area> {

  public static final int MAX_NAME_LENGTH = 100;

  Areas(TenancyRepository repository, List<TenancyReferences> references) {
    super(
        repository,
        TenancyRepository.AREAS,
        references,
        "area.error.nameTaken",
        Area::withArchived,
        repository::updateArea,
        TenancyReferences::toArea);
  }

  /**
   * The area a point lies in: the one whose boundary contains it (bounding boxes prefilter in SQL);
   * when none does, the one with the nearest centre among the areas without a boundary.
   */
  @Transactional(readOnly = true)
  public Optional<Area> at(MunicipalityId municipality, double latitude, double longitude) {
    Optional<Area> inside =
        Area.locate(
            repository.areasWhoseBoxHolds(municipality, latitude, longitude), latitude, longitude);
    if (inside.isPresent()) {
      return inside;
    }
    return Area.nearest(
        all(municipality).stream().filter(a -> !a.hasBoundary()).toList(), latitude, longitude);
  }

  /** Adds an area unless one of the name exists (for demo data loaders); either is returned. */
  public Area register(
      MunicipalityId municipality,
      String name,
      String kind,
      @Nullable Double latitude,
      @Nullable Double longitude) {
    return register(municipality, new Input(name, kind, null, latitude, longitude));
  }

  /**
   * Adds an area, with its boundary if the input has one, unless one of the name exists (for demo
   * data loaders, which check the map rules themselves); either is returned.
   */
  public Area register(MunicipalityId municipality, Input input) {
    repository.insertArea(input.toArea(UUID.randomUUID(), municipality, false));
    return all(municipality).stream()
        .filter(a -> a.name().equals(input.name().strip()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * An area as checked by its caller.
   *
   * @param boundary a valid Polygon or MultiPolygon, or null for an area known by its centre only
   * @param latitude the centre; when null and there is a boundary, a point inside it
   */
  public record Input(
      String name,
      String kind,
      @Nullable Geometry boundary,
      @Nullable Double latitude,
      @Nullable Double longitude) {

    Area toArea(UUID id, MunicipalityId municipality, boolean archived) {
      Double lat = latitude;
      Double lon = longitude;
      if (boundary != null && (lat == null || lon == null)) {
        double[] inside = AreaShapes.interiorPoint(boundary);
        lat = inside[0];
        lon = inside[1];
      }
      return new Area(
          id,
          municipality,
          name.strip(),
          kind.strip(),
          lat,
          lon,
          boundary == null ? null : AreaShapes.toGeoJson(boundary),
          archived);
    }
  }

  /** The longest official area code accepted (DeSO codes have 9 characters). */
  public static final int MAX_CODE_LENGTH = 20;

  /**
   * The official codes of the municipality's areas that have one (for example a DeSO code such as
   * {@code 0484C1010}), by area id; population statistics by region are matched through them.
   */
  @Transactional(readOnly = true)
  public java.util.Map<UUID, String> codes(MunicipalityId municipality) {
    return repository.areaCodes(municipality);
  }

  /**
   * Sets the official codes of areas (a blank code clears it), all or none.
   *
   * @throws TenancyRuleViolation on {@code code-<area id>} for an unknown area, a code with other
   *     characters than letters and digits, or a code another area has
   */
  @Transactional
  public void assignCodes(MunicipalityId municipality, java.util.Map<UUID, String> codes) {
    assign(municipality, codes, id -> "code-" + id);
  }

  /**
   * Sets one area's official code (a blank code clears it) by the same rules as {@link
   * #assignCodes}.
   *
   * @throws TenancyRuleViolation on {@code code} for an unknown area, a code with other characters
   *     than letters and digits, or a code another area has
   */
  @Transactional
  public void assignCode(MunicipalityId municipality, UUID area, String code) {
    assign(municipality, java.util.Map.of(area, code), id -> "code");
  }

  /** The official code of an area; empty when it has none. */
  @Transactional(readOnly = true)
  public String code(MunicipalityId municipality, UUID area) {
    return codes(municipality).getOrDefault(area, "");
  }

  private void assign(
      MunicipalityId municipality,
      java.util.Map<UUID, String> codes,
      java.util.function.Function<UUID, String> field) {
    java.util.Map<UUID, String> result = new java.util.HashMap<>(codes(municipality));
    for (var entry : codes.entrySet()) {
      if (find(municipality, entry.getKey()).isEmpty()) {
        throw new TenancyRuleViolation(field.apply(entry.getKey()), "area.error.code.unknownArea");
      }
      String code = entry.getValue().strip().toUpperCase(java.util.Locale.ROOT);
      if (code.isEmpty()) {
        result.remove(entry.getKey());
        continue;
      }
      if (code.length() > MAX_CODE_LENGTH || !code.matches("[A-Z0-9]+")) {
        throw new TenancyRuleViolation(field.apply(entry.getKey()), "area.error.code.format", code);
      }
      result.put(entry.getKey(), code);
    }
    java.util.Map<String, UUID> seen = new java.util.HashMap<>();
    for (var entry : result.entrySet()) {
      UUID other = seen.putIfAbsent(entry.getValue(), entry.getKey());
      if (other != null) {
        UUID changed = codes.containsKey(entry.getKey()) ? entry.getKey() : other;
        throw new TenancyRuleViolation(
            field.apply(changed), "area.error.code.taken", entry.getValue());
      }
    }
    codes.keySet().forEach(id -> repository.setAreaCode(municipality, id, null));
    codes.keySet().forEach(id -> repository.setAreaCode(municipality, id, result.get(id)));
  }

  /**
   * Adds areas, all in the caller's transaction.
   *
   * @throws TenancyRuleViolation on {@code name} when an area of the name exists
   */
  @Transactional
  public List<Area> add(MunicipalityId municipality, List<Input> inputs) {
    List<Area> added = new ArrayList<>();
    for (Input input : inputs) {
      checkName(municipality, input.name(), null);
      Area area = input.toArea(UUID.randomUUID(), municipality, false);
      repository.insertArea(area);
      added.add(area);
    }
    return added;
  }

  /**
   * Changes an area; false when unknown.
   *
   * @throws TenancyRuleViolation on {@code name} when another area has the name
   */
  @Transactional
  public boolean edit(MunicipalityId municipality, UUID id, Input input) {
    return change(
        municipality, id, input.name(), found -> input.toArea(id, municipality, found.archived()));
  }
}
