package se.trygghetsdialog.walk.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.walk.Invitee;
import se.trygghetsdialog.walk.PointStatusChange;
import se.trygghetsdialog.walk.ProtocolState;
import se.trygghetsdialog.walk.Registration;
import se.trygghetsdialog.walk.RouteStop;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkPoint;
import se.trygghetsdialog.walk.Walks;

/** The staff page of one walk. */
public record StaffWalkPage(
    Walk walk,
    List<RouteStop> stops,
    List<Invitee> invitees,
    List<Registration> registrations,
    List<WalkPoint> points,
    List<PointStatusChange> changes,
    /** Where sending stands; null for those who may not see the mails. */
    @org.jspecify.annotations.Nullable ProtocolState protocol,
    Names names,
    List<String> warnings,
    FormErrors errors,
    String errorPoint,
    Walks.@org.jspecify.annotations.Nullable SinceLast sinceLast,
    /** The points the reader may change and share (planners, the owner's staff). */
    Set<UUID> changeable) {

  public List<Registration> active() {
    return registrations.stream().filter(r -> r.cancelledAt() == null).toList();
  }

  public List<PointStatusChange> changesOf(WalkPoint point) {
    return changes.stream().filter(c -> c.pointId().equals(point.id())).toList();
  }
}
