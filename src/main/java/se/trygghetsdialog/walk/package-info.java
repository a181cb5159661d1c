/**
 * Trygghetsvandringar (safety walks, R45–R48): staff plan a walk with three meetings (introduktion,
 * vandringen, återkoppling), invite the organisations with rådighet and set the route as ordered
 * stops; residents register on the public page (capacity guarded in the database); on the walk the
 * protocol is recorded on a phone, also offline (points carry a client id and are stored once);
 * "Skicka protokollet" mails each owner its points and publishes the protocol with a status per
 * point, positions snapped to the 50 m grid and flagged texts left out. A follow-up walk shows what
 * has happened to the earlier walk's points since.
 *
 * <p>API: {@link se.trygghetsdialog.walk.Walks} (queries), the actions {@link
 * se.trygghetsdialog.walk.PlanWalk}, {@link se.trygghetsdialog.walk.RegisterForWalk}, {@link
 * se.trygghetsdialog.walk.RecordWalkPoint}, {@link se.trygghetsdialog.walk.SendWalkProtocol} and
 * {@link se.trygghetsdialog.walk.ChangePointStatus}, and {@link
 * se.trygghetsdialog.walk.WalkPolicy}.
 */
@ApplicationModule(displayName = "Safety walks")
@NullMarked
package se.trygghetsdialog.walk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
