/**
 * Perspectives: step 2 of SKR's method. The dialogue team defines themes per dialogue, logs
 * contacts from every channel (interviews, residents who got in touch, street outreach, school and
 * association visits, meetings) as counts of people by age band and gender, never names, and
 * records the perspectives heard: a stance, feeling or idea stored apart from any person, screened
 * once for personal data, tagged with themes and perhaps flagged as a minority perspective or a
 * dissenting voice (nej-röst). The perspective map counts them per theme and channel, next to the
 * web input other modules supply through {@code dialogue.PerspectiveSource}.
 *
 * <p>API: {@link se.trygghetsdialog.perspective.Perspectives} (queries for the map, public texts
 * and counts, for a report module), the actions {@link se.trygghetsdialog.perspective.DefineThemes}
 * and {@link se.trygghetsdialog.perspective.LogContacts}, the audit event {@link
 * se.trygghetsdialog.perspective.PerspectiveChanged}. The module implements {@code
 * dialogue.ParticipationSource} (who the logged contacts reached) and {@code measure.InputResolver}
 * (a measure may answer a perspective).
 */
@ApplicationModule(displayName = "Perspectives")
@NullMarked
package se.trygghetsdialog.perspective;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
