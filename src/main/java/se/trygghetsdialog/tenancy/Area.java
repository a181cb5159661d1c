package se.trygghetsdialog.tenancy;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** A locality or delområde with an approximate centre. */
public record Area(
    UUID id,
    MunicipalityId municipalityId,
    String name,
    String kind,
    @Nullable Double latitude,
    @Nullable Double longitude) {

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
}
