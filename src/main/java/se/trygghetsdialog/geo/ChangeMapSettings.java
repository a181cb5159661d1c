package se.trygghetsdialog.geo;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An administrator sets the municipality's map: the bounding box reports must fall within and the
 * tile layer (an {@code https} URL template with {@code {z}/{x}/{y}}; its host must also be allowed
 * in {@code app.csp.img-src}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeMapSettings {

  /** The map settings form, bound and validated by Spring MVC (decimal comma allowed). */
  public record Command(
      @NotNull(message = "{place.error.settings.latitude}") Double minLatitude,
      @NotNull(message = "{place.error.settings.latitude}") Double maxLatitude,
      @NotNull(message = "{place.error.settings.longitude}") Double minLongitude,
      @NotNull(message = "{place.error.settings.longitude}") Double maxLongitude,
      @Nullable String tileUrl,
      @Nullable String tileAttribution) {

    MapSettings settings() {
      return new MapSettings(
          minLatitude,
          maxLatitude,
          minLongitude,
          maxLongitude,
          tileUrl == null ? "" : tileUrl.strip(),
          tileAttribution == null ? "" : tileAttribution.strip());
    }
  }

  private final PlaceSettings settings;
  private final PlaceSettingsRepository repository;

  /**
   * Saves the map settings form.
   *
   * @throws GeoRuleViolation naming the field of the first invalid value
   */
  @Transactional
  public void change(MunicipalityId municipality, Command command) {
    change(municipality, command.settings());
  }

  /**
   * @throws GeoRuleViolation naming the field of the first invalid value
   */
  @Transactional
  public void change(MunicipalityId municipality, MapSettings next) {
    if (next.minLatitude() < -90
        || next.maxLatitude() > 90
        || next.minLatitude() >= next.maxLatitude()) {
      throw new GeoRuleViolation("minLatitude", "place.error.settings.latitude");
    }
    if (next.minLongitude() < -180
        || next.maxLongitude() > 180
        || next.minLongitude() >= next.maxLongitude()) {
      throw new GeoRuleViolation("minLongitude", "place.error.settings.longitude");
    }
    String url = next.tileUrl().strip();
    if (!url.isEmpty() && !validTileUrl(url)) {
      throw new GeoRuleViolation("tileUrl", "place.error.settings.tileUrl");
    }
    if (next.tileAttribution().length() > 300) {
      throw new GeoRuleViolation("tileAttribution", "place.error.settings.attribution");
    }
    settings.of(municipality);
    repository.update(
        municipality,
        new MapSettings(
            next.minLatitude(),
            next.maxLatitude(),
            next.minLongitude(),
            next.maxLongitude(),
            url,
            next.tileAttribution().strip()));
  }

  static boolean validTileUrl(String url) {
    if (url.length() > 300
        || !url.contains("{z}")
        || !url.contains("{x}")
        || !url.contains("{y}")) {
      return false;
    }
    try {
      URI uri =
          URI.create(
              url.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0").replace("{s}", "a"));
      return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getHost() != null;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }
}
