package se.trygghetsdialog.tenancy;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A locality, kommundel or DeSO with an approximate centre and, when one was drawn or imported, its
 * boundary (the text of a GeoJSON Polygon or MultiPolygon). An archived area is kept for what
 * points to it and no longer offered for anything new.
 */
public record Area(
    UUID id,
    MunicipalityId municipalityId,
    String name,
    String kind,
    @Nullable Double latitude,
    @Nullable Double longitude,
    @Nullable String geometry,
    boolean archived)
    implements ArchivableRegister.Row {

  public Area(
      UUID id,
      MunicipalityId municipalityId,
      String name,
      String kind,
      @Nullable Double latitude,
      @Nullable Double longitude) {
    this(id, municipalityId, name, kind, latitude, longitude, null, false);
  }

  public boolean hasBoundary() {
    return geometry != null;
  }

  /**
   * The area a point lies in: among those whose boundary contains it the smallest (areas of
   * different kinds may nest); when none does, the area whose centre is nearest among those without
   * a boundary (an area with a boundary never claims a point outside it).
   */
  public static Optional<Area> locate(Collection<Area> areas, double latitude, double longitude) {
    Optional<Area> inside =
        areas.stream()
            .filter(a -> a.geometry() != null)
            .filter(a -> AreaShapes.contains(a.geometry(), latitude, longitude))
            .min(Comparator.comparingDouble(a -> AreaShapes.size(a.geometry())));
    if (inside.isPresent()) {
      return inside;
    }
    return nearest(areas.stream().filter(a -> a.geometry() == null).toList(), latitude, longitude);
  }

  /**
   * The area whose centre is nearest to a point, among those with a centre; empty when none has
   * one. Distances use a local equirectangular approximation, which is exact enough within a
   * municipality.
   */
  public static Optional<Area> nearest(Collection<Area> areas, double latitude, double longitude) {
    Area best = null;
    double bestDistance = Double.MAX_VALUE;
    double cos = Math.cos(Math.toRadians(latitude));
    for (Area a : areas) {
      if (a.latitude() == null || a.longitude() == null) {
        continue;
      }
      double dLat = a.latitude() - latitude;
      double dLon = (a.longitude() - longitude) * cos;
      double distance = dLat * dLat + dLon * dLon;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The same area, archived or taken back. */
  public Area withArchived(boolean archived) {
    return new Area(id, municipalityId, name, kind, latitude, longitude, geometry, archived);
  }
}
