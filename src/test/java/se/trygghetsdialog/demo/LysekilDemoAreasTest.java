package se.trygghetsdialog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.AreaShapes;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The demo's localities have boundaries, so that routing by polygon and the area pages can be tried
 * in the demo: each is a valid polygon around its centre, inside the map, overlapping no other, and
 * a place is located in the locality it lies in.
 */
@IntegrationTest
class LysekilDemoAreasTest {

  static final List<String> LOCALITIES =
      List.of("Lysekil", "Brastad", "Lyse", "Brodalen", "Grundsund", "Fiskebäckskil", "Skaftö");

  @Autowired Municipalities municipalities;
  @Autowired Areas areas;
  @Autowired PlaceSettings settings;

  MunicipalityId lysekil() {
    return municipalities.byCode("1484").orElseThrow().id();
  }

  List<Area> localities() {
    return areas.all(lysekil()).stream().filter(a -> LOCALITIES.contains(a.name())).toList();
  }

  @Test
  void everyLocalityHasABoundaryAroundItsCentreInsideTheMap() {
    MapSettings map = settings.of(lysekil());
    assertThat(localities()).extracting(Area::name).containsExactlyInAnyOrderElementsOf(LOCALITIES);
    for (Area area : localities()) {
      assertThat(area.hasBoundary()).as(area.name()).isTrue();
      Geometry boundary = AreaShapes.parse(area.geometry());
      assertThat(boundary.isValid()).as(area.name()).isTrue();
      assertThat(AreaShapes.contains(area.geometry(), area.latitude(), area.longitude()))
          .as(area.name() + " holds its centre")
          .isTrue();
      var box = boundary.getEnvelopeInternal();
      assertThat(box.getMinY()).isGreaterThanOrEqualTo(map.minLatitude());
      assertThat(box.getMaxY()).isLessThanOrEqualTo(map.maxLatitude());
      assertThat(box.getMinX()).isGreaterThanOrEqualTo(map.minLongitude());
      assertThat(box.getMaxX()).isLessThanOrEqualTo(map.maxLongitude());
    }
  }

  @Test
  void noTwoLocalitiesOverlap() {
    List<Area> all = localities();
    for (Area a : all) {
      for (Area b : all) {
        if (!a.equals(b)) {
          assertThat(
                  AreaShapes.parse(a.geometry())
                      .relate(AreaShapes.parse(b.geometry()), "T********"))
              .as(a.name() + " and " + b.name())
              .isFalse();
        }
      }
    }
  }

  @Test
  void aPlaceIsLocatedInTheLocalityItLiesInAndTheCountrysideTakesTheRest() {
    // Inside Fiskebäckskil's boundary, though Skaftö's centre is nearer.
    assertThat(areas.at(lysekil(), 58.2415, 11.442)).map(Area::name).contains("Fiskebäckskil");
    // Between Lysekil and Brodalen, in no locality.
    assertThat(areas.at(lysekil(), 58.325, 11.43)).map(Area::name).contains("Landsbygden");
  }
}
