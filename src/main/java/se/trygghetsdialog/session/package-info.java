/**
 * Dialogue sessions (dialoggrupper, SKR step 3): the dialogue team plans physical, digital or
 * hybrid sessions with agenda, venue and its accessibility, and is warned (not stopped) when a
 * session falls in a school holiday or when every session is at the same time of day. After a
 * session the team records attendance as counts only, neutral notes (screened for personal data;
 * flagged notes cannot be sent) and the agreements. Participants get the material through a secret
 * link and may be invited by e-mail; their addresses are kept only for the session.
 *
 * <p>API: {@link se.trygghetsdialog.session.Sessions} (queries returning records, for pages and a
 * later report), the actions {@link se.trygghetsdialog.session.PlanSession}, {@link
 * se.trygghetsdialog.session.RecordOutcome}, {@link se.trygghetsdialog.session.InviteParticipants}
 * and {@link se.trygghetsdialog.session.PublishNotes}, and the audited event {@link
 * se.trygghetsdialog.session.SessionChanged}. It implements the dialogue module's participation
 * source (attendance) and the measure module's input resolver (session agreements).
 */
@ApplicationModule(displayName = "Dialogue sessions")
@NullMarked
package se.trygghetsdialog.session;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
