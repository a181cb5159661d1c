package se.trygghetsdialog.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.place.PlacePolicy;

/**
 * Hands every test report its own spot in the test area south of Lysekil (far from the demo
 * reports), on a grid whose cells lie further apart than the duplicate radius. Random spots
 * collided now and then: two tests' reports of one category within 50 metres made the second a
 * duplicate, and the form answered with the duplicate page instead of a receipt.
 */
public final class TestSpots {

  private static final double SOUTH = 58.16;
  private static final double WEST = 11.22;
  private static final double LAT_STEP = 0.003; // about 330 m
  private static final double LON_STEP = 0.005; // about 290 m at 58 degrees north
  private static final int ROWS = 20;
  private static final int COLUMNS = 24;
  private static final AtomicInteger NEXT =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(ROWS * COLUMNS));

  static {
    if (LAT_STEP * 111_000 < 4 * PlacePolicy.DUPLICATE_METRES) {
      throw new IllegalStateException("The grid must be coarser than the duplicate radius");
    }
  }

  private TestSpots() {}

  /** A spot no other test in this run has been given (until all 480 are used, then again). */
  public static Coordinates next() {
    int cell = Math.floorMod(NEXT.getAndIncrement(), ROWS * COLUMNS);
    return new Coordinates(
        SOUTH + (cell / COLUMNS) * LAT_STEP + LAT_STEP / 2,
        WEST + (cell % COLUMNS) * LON_STEP + LON_STEP / 2);
  }
}
