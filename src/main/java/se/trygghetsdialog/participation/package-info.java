/**
 * Participation and representativeness of a dialogue: who it reached, added up from every {@link
 * se.trygghetsdialog.dialogue.ParticipationSource}, by channel, area, age band and gender against
 * the population statistics; the representativeness figure (the lowest participation rate of the
 * groups against the highest) and the groups missing or far below. Every table and CSV suppresses
 * counts below the municipality's threshold ({@link se.trygghetsdialog.participation.SmallCells}).
 * The team records the gap check, har vi missat någon, which a dialogue needs before it leaves step
 * 2 ({@link se.trygghetsdialog.dialogue.StepPrerequisite}).
 *
 * <p>API: {@link se.trygghetsdialog.participation.ParticipationFigures} (queries), {@link
 * se.trygghetsdialog.participation.GapChecks} (the recorded checks and the action recording one),
 * {@link se.trygghetsdialog.participation.ParticipationSettings} and {@link
 * se.trygghetsdialog.participation.SmallCells}.
 */
@ApplicationModule(displayName = "Participation")
@NullMarked
package se.trygghetsdialog.participation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
