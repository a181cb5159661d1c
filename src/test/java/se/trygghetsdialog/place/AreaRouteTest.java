package se.trygghetsdialog.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.geo.Coordinates;

class AreaRouteTest {

  // Central Lysekil; one degree of latitude is about 111.2 km.
  private final AreaRoute area =
      new AreaRoute(
          UUID.randomUUID(), UUID.randomUUID(), "Centrum", new Coordinates(58.274, 11.436), 600);

  @Test
  void containsTheCentreAndPointsJustInsideTheRadius() {
    assertThat(area.contains(new Coordinates(58.274, 11.436))).isTrue();
    // About 556 m north.
    assertThat(area.contains(new Coordinates(58.279, 11.436))).isTrue();
  }

  @Test
  void excludesPointsJustOutsideTheRadius() {
    // About 667 m north.
    assertThat(area.contains(new Coordinates(58.280, 11.436))).isFalse();
    // East: 0.011 degrees of longitude at 58.27° N is about 644 m.
    assertThat(area.contains(new Coordinates(58.274, 11.447))).isFalse();
    // 0.009 degrees east is about 527 m.
    assertThat(area.contains(new Coordinates(58.274, 11.445))).isTrue();
  }

  @Test
  void distanceMatchesAKnownValue() {
    double metres = new Coordinates(58.0, 11.0).metresTo(new Coordinates(59.0, 11.0));
    assertThat(metres).isBetween(111_000.0, 111_400.0);
  }

  @Test
  void radiusBounds() {
    assertThat(AreaRoute.validRadius(49)).isFalse();
    assertThat(AreaRoute.validRadius(50)).isTrue();
    assertThat(AreaRoute.validRadius(5000)).isTrue();
    assertThat(AreaRoute.validRadius(5001)).isFalse();
  }
}
