package se.trygghetsdialog.geo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.AreaShapes;
import se.trygghetsdialog.tenancy.Areas;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator enters, draws or imports the municipality's areas (kommundelar, tätorter, DeSO).
 * A boundary must be a valid GeoJSON Polygon or MultiPolygon inside the municipality's map and may
 * not overlap another area of the same kind (areas of different kinds may nest: a DeSO inside a
 * kommundel; a point then belongs to the smallest). Names are unique. An import saves every feature
 * or none.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EditAreas {

  /** The most characters of GeoJSON in one file or one drawn boundary. */
  public static final int MAX_GEOJSON_CHARS = 5_000_000;

  /** The most features one file may have. */
  public static final int MAX_FEATURES = 1000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Areas areas;
  private final PlaceSettings settings;

  /**
   * One area as the administrators' form sends it, bound and validated by Spring MVC.
   *
   * @param code the official code (DeSO or kommun code) that matches population statistics to the
   *     area, checked by {@link Areas#assignCode}; blank clears it, null leaves it as it is
   */
  public record Command(
      @NotBlank(message = "{area.error.name}")
          @Size(max = Areas.MAX_NAME_LENGTH, message = "{area.error.name}")
          String name,
      @NotBlank(message = "{area.error.kind}") @Size(max = 50, message = "{area.error.kind}")
          String kind,
      @Size(max = MAX_GEOJSON_CHARS, message = "{area.error.geometry.tooLarge}")
          @Nullable String geometry,
      @Nullable Double latitude,
      @Nullable Double longitude,
      @Nullable String code) {

    /** An area without an official code. */
    public Command(
        String name,
        String kind,
        @Nullable String geometry,
        @Nullable Double latitude,
        @Nullable Double longitude) {
      this(name, kind, geometry, latitude, longitude, null);
    }
  }

  /** The text of an uploaded GeoJSON file, read as UTF-8. */
  public record Upload(String text) {}

  /**
   * An import as the form sends it: the file, the feature property that holds each area's name and
   * the kind of every area in it.
   */
  public record ImportCommand(
      @Nullable Upload file,
      @NotBlank(message = "{area.error.nameProperty}")
          @Size(max = 100, message = "{area.error.nameProperty}")
          String nameProperty,
      @NotBlank(message = "{area.error.kind}") @Size(max = 50, message = "{area.error.kind}")
          String kind) {}

  /**
   * A feature the import refused.
   *
   * @param index its place in the file, from 1
   * @param name its name, or empty when it has none
   */
  public record FeatureError(int index, String name, String messageKey, Object... args) {}

  /** What an import did: the number of areas added, or the errors when none was. */
  public record Result(int imported, List<FeatureError> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /**
   * Adds one area.
   *
   * @throws GeoRuleViolation on the field of the rule it breaks
   */
  @Transactional
  public Area add(MunicipalityId municipality, Command command) {
    Area area = areas.add(municipality, List.of(input(municipality, null, command))).get(0);
    assignCode(municipality, area.id(), command);
    return area;
  }

  /**
   * Changes one area; false when unknown.
   *
   * @throws GeoRuleViolation on the field of the rule it breaks
   */
  @Transactional
  public boolean edit(MunicipalityId municipality, UUID id, Command command) {
    boolean found = areas.edit(municipality, id, input(municipality, id, command));
    if (found) {
      assignCode(municipality, id, command);
    }
    return found;
  }

  private void assignCode(MunicipalityId municipality, UUID id, Command command) {
    if (command.code() != null) {
      areas.assignCode(municipality, id, command.code());
    }
  }

  private Areas.Input input(MunicipalityId municipality, @Nullable UUID id, Command command) {
    MapSettings map = settings.of(municipality);
    String name = command.name().strip();
    if (areas.nameTaken(municipality, name, id)) {
      throw new GeoRuleViolation("name", "area.error.nameTaken", name);
    }
    if ((command.latitude() == null) != (command.longitude() == null)
        || (command.latitude() != null
            && !map.contains(new Coordinates(command.latitude(), command.longitude())))) {
      throw new GeoRuleViolation("latitude", "area.error.centre");
    }
    Geometry boundary = null;
    if (command.geometry() != null && !command.geometry().isBlank()) {
      try {
        boundary = AreaShapes.parse(command.geometry());
      } catch (AreaShapes.ShapeException e) {
        throw new GeoRuleViolation("geometry", e.messageKey());
      }
      if (!inside(boundary, map)) {
        throw new GeoRuleViolation("geometry", "area.error.geometry.outside");
      }
      Area overlapped = overlapping(municipality, boundary, command.kind().strip(), id);
      if (overlapped != null) {
        throw new GeoRuleViolation("geometry", "area.error.geometry.overlaps", overlapped.name());
      }
    }
    return new Areas.Input(
        name, command.kind().strip(), boundary, command.latitude(), command.longitude());
  }

  /**
   * Imports the areas of a GeoJSON FeatureCollection (or a single Feature); every feature or none.
   *
   * @throws GeoRuleViolation on the field {@code file} when there is no file, it is too large or it
   *     is not GeoJSON
   */
  @Transactional
  public Result importFile(MunicipalityId municipality, ImportCommand command) {
    if (command.file() == null || command.file().text().isBlank()) {
      throw new GeoRuleViolation("file", "area.error.file.missing");
    }
    String text = command.file().text();
    if (text.length() > MAX_GEOJSON_CHARS) {
      throw new GeoRuleViolation("file", "area.error.file.tooLarge");
    }
    List<JsonNode> features = features(text);
    if (features.size() > MAX_FEATURES) {
      throw new GeoRuleViolation("file", "area.error.file.tooMany", MAX_FEATURES);
    }
    MapSettings map = settings.of(municipality);
    String kind = command.kind().strip();
    List<FeatureError> errors = new ArrayList<>();
    List<Areas.Input> inputs = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < features.size(); i++) {
      JsonNode feature = features.get(i);
      int index = i + 1;
      JsonNode property =
          feature.path("properties").isObject()
              ? feature.path("properties").get(command.nameProperty().strip())
              : null;
      String name =
          property == null || property.isNull() || property.isContainer()
              ? ""
              : property.asString().strip();
      if (name.isEmpty() || name.length() > Areas.MAX_NAME_LENGTH) {
        errors.add(
            new FeatureError(index, name, "area.error.feature.name", command.nameProperty()));
        continue;
      }
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        errors.add(new FeatureError(index, name, "area.error.feature.duplicate"));
        continue;
      }
      if (areas.nameTaken(municipality, name, null)) {
        errors.add(new FeatureError(index, name, "area.error.feature.exists"));
        continue;
      }
      Geometry boundary;
      try {
        boundary = AreaShapes.polygonal(feature.get("geometry"));
      } catch (AreaShapes.ShapeException e) {
        errors.add(new FeatureError(index, name, e.messageKey()));
        continue;
      }
      if (!inside(boundary, map)) {
        errors.add(new FeatureError(index, name, "area.error.geometry.outside"));
        continue;
      }
      Area existing = overlapping(municipality, boundary, kind, null);
      if (existing != null) {
        errors.add(new FeatureError(index, name, "area.error.geometry.overlaps", existing.name()));
        continue;
      }
      for (Areas.Input other : inputs) {
        if (overlap(boundary, other.boundary())) {
          errors.add(new FeatureError(index, name, "area.error.geometry.overlaps", other.name()));
          break;
        }
      }
      inputs.add(new Areas.Input(name, kind, boundary, null, null));
    }
    if (!errors.isEmpty()) {
      return new Result(0, errors);
    }
    if (inputs.isEmpty()) {
      throw new GeoRuleViolation("file", "area.error.file.noFeatures");
    }
    areas.add(municipality, inputs);
    return new Result(inputs.size(), List.of());
  }

  private static List<JsonNode> features(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new GeoRuleViolation("file", "area.error.file.notJson");
    }
    String type = root == null ? "" : root.path("type").asString("");
    List<JsonNode> features = new ArrayList<>();
    if ("Feature".equals(type)) {
      features.add(root);
    } else if ("FeatureCollection".equals(type) && root.path("features").isArray()) {
      root.path("features").forEach(features::add);
    } else {
      throw new GeoRuleViolation("file", "area.error.file.notFeatureCollection");
    }
    return features;
  }

  private static boolean inside(Geometry boundary, MapSettings map) {
    Envelope e = boundary.getEnvelopeInternal();
    return e.getMinY() >= map.minLatitude()
        && e.getMaxY() <= map.maxLatitude()
        && e.getMinX() >= map.minLongitude()
        && e.getMaxX() <= map.maxLongitude();
  }

  /** An active area of the same kind whose boundary shares an inside with this one. */
  private @Nullable Area overlapping(
      MunicipalityId municipality, Geometry boundary, String kind, @Nullable UUID except) {
    for (Area area : areas.all(municipality)) {
      if (area.geometry() != null
          && area.kind().equalsIgnoreCase(kind)
          && !area.id().equals(except)
          && overlap(boundary, AreaShapes.parse(area.geometry()))) {
        return area;
      }
    }
    return null;
  }

  /** Whether the insides meet (a shared edge or corner is no overlap). */
  private static boolean overlap(Geometry a, @Nullable Geometry b) {
    return b != null
        && a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())
        && a.relate(b, "T********");
  }
}
