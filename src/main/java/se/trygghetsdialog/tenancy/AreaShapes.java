package se.trygghetsdialog.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Area boundaries as GeoJSON geometries (WGS 84, longitude first) read with Jackson and checked
 * with JTS: only a Polygon or MultiPolygon, finite coordinates, valid (closed rings, no
 * self-intersection) and at most {@link #MAX_VERTICES} vertices. Containment tests use prepared
 * geometries, cached by their text.
 */
public final class AreaShapes {

  /** The most vertices one area's boundary may have. */
  public static final int MAX_VERTICES = 20_000;

  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int CACHE_SIZE = 2000;
  private static final Map<String, PreparedGeometry> PREPARED = new ConcurrentHashMap<>();

  private AreaShapes() {}

  /** A boundary refused: the message key says why. */
  public static final class ShapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ShapeException(String messageKey) {
      super(messageKey);
    }

    public String messageKey() {
      return getMessage();
    }
  }

  /** A boundary read from the text of a GeoJSON geometry, or a Feature with one. */
  public static Geometry parse(String geoJson) {
    JsonNode node;
    try {
      node = JSON.readTree(geoJson);
    } catch (JacksonException e) {
      throw new ShapeException("area.error.geometry.notJson");
    }
    if (node != null && "Feature".equals(text(node.get("type")))) {
      node = node.get("geometry");
    }
    return polygonal(node);
  }

  /** A boundary from a GeoJSON geometry object. */
  public static Geometry polygonal(@Nullable JsonNode geometry) {
    if (geometry == null || !geometry.isObject()) {
      throw new ShapeException("area.error.geometry.missing");
    }
    String type = text(geometry.get("type"));
    JsonNode coordinates = geometry.get("coordinates");
    if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
      throw new ShapeException("area.error.geometry.notPolygon");
    }
    if (coordinates == null || !coordinates.isArray()) {
      throw new ShapeException("area.error.geometry.coordinates");
    }
    Geometry shape;
    try {
      if ("Polygon".equals(type)) {
        shape = polygon(coordinates);
      } else {
        List<Polygon> polygons = new ArrayList<>();
        for (JsonNode p : coordinates) {
          polygons.add(polygon(p));
        }
        if (polygons.isEmpty()) {
          throw new ShapeException("area.error.geometry.coordinates");
        }
        shape = FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
      }
    } catch (IllegalArgumentException e) {
      // JTS refuses a ring that is not closed or has fewer than four points.
      throw new ShapeException("area.error.geometry.ring");
    }
    if (shape.getNumPoints() > MAX_VERTICES) {
      throw new ShapeException("area.error.geometry.tooManyVertices");
    }
    if (!new IsValidOp(shape).isValid()) {
      throw new ShapeException("area.error.geometry.invalid");
    }
    return shape;
  }

  private static Polygon polygon(JsonNode rings) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new ShapeException("area.error.geometry.coordinates");
    }
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions) {
    if (!positions.isArray() || positions.size() > MAX_VERTICES) {
      throw new ShapeException(
          positions.isArray()
              ? "area.error.geometry.tooManyVertices"
              : "area.error.geometry.coordinates");
    }
    Coordinate[] coordinates = new Coordinate[positions.size()];
    for (int i = 0; i < positions.size(); i++) {
      JsonNode p = positions.get(i);
      if (!p.isArray()
          || p.size() < 2
          || !p.get(0).isNumber()
          || !p.get(1).isNumber()
          || !Double.isFinite(p.get(0).doubleValue())
          || !Double.isFinite(p.get(1).doubleValue())) {
        throw new ShapeException("area.error.geometry.coordinates");
      }
      coordinates[i] = new Coordinate(p.get(0).doubleValue(), p.get(1).doubleValue());
    }
    return FACTORY.createLinearRing(coordinates);
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || !node.isString() ? null : node.asString();
  }

  /** The boundary as the text of a GeoJSON geometry. */
  public static String toGeoJson(Geometry shape) {
    ObjectNode node = JSON.createObjectNode();
    if (shape instanceof MultiPolygon multi) {
      node.put("type", "MultiPolygon");
      ArrayNode polygons = node.putArray("coordinates");
      for (int i = 0; i < multi.getNumGeometries(); i++) {
        polygons.add(rings((Polygon) multi.getGeometryN(i)));
      }
    } else {
      node.put("type", "Polygon");
      node.set("coordinates", rings((Polygon) shape));
    }
    return node.toString();
  }

  private static ArrayNode rings(Polygon polygon) {
    ArrayNode rings = JSON.createArrayNode();
    rings.add(positions(polygon.getExteriorRing().getCoordinates()));
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
    }
    return rings;
  }

  private static ArrayNode positions(Coordinate[] coordinates) {
    ArrayNode positions = JSON.createArrayNode();
    for (Coordinate c : coordinates) {
      positions.addArray().add(c.x).add(c.y);
    }
    return positions;
  }

  /** A point inside the boundary (not necessarily its centroid), as latitude and longitude. */
  public static double[] interiorPoint(Geometry shape) {
    Point point = shape.getInteriorPoint();
    return new double[] {point.getY(), point.getX()};
  }

  /** The bounding box: min latitude, max latitude, min longitude, max longitude. */
  public static double[] box(Geometry shape) {
    Envelope e = shape.getEnvelopeInternal();
    return new double[] {e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX()};
  }

  /** Whether the stored boundary contains the point (the edge included). */
  public static boolean contains(String geoJson, double latitude, double longitude) {
    return prepared(geoJson).covers(FACTORY.createPoint(new Coordinate(longitude, latitude)));
  }

  /** The size of the stored boundary, in square degrees: to compare areas, not to show. */
  public static double size(String geoJson) {
    return prepared(geoJson).getGeometry().getArea();
  }

  private static PreparedGeometry prepared(String geoJson) {
    PreparedGeometry prepared = PREPARED.get(geoJson);
    if (prepared == null) {
      if (PREPARED.size() > CACHE_SIZE) {
        PREPARED.clear();
      }
      prepared = PreparedGeometryFactory.prepare(parse(geoJson));
      PREPARED.put(geoJson, prepared);
    }
    return prepared;
  }
}
