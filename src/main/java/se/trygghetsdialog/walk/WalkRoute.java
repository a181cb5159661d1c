package se.trygghetsdialog.walk;

import java.util.List;

/** A walk's route as a plan form gives it: its stops in order, some perhaps without a position. */
public record WalkRoute(List<RouteStop> stops) {

  public WalkRoute {
    stops = List.copyOf(stops);
  }
}
