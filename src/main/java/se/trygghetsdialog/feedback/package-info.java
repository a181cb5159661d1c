/**
 * Feedback (återkoppling) to participants: residents who follow a dialogue by e-mail without an
 * account (double opt-in, one-click unsubscribe) and the mails they get when a dialogue publishes
 * feedback at a step change; later "du sa – vi gjorde" and response tasks.
 *
 * <p>API: the actions {@link se.trygghetsdialog.feedback.FollowDialogue}, {@link
 * se.trygghetsdialog.feedback.ConfirmFollowing} and {@link
 * se.trygghetsdialog.feedback.StopFollowing}. The module listens to {@link
 * se.trygghetsdialog.dialogue.StepChanged} and tells the measure module who follows a dialogue (an
 * {@link se.trygghetsdialog.measure.InputSubscribers}); when a topic becomes a dialogue ({@link
 * se.trygghetsdialog.topic.TopicTurnedIntoDialogue}) its confirmed proposers follow the dialogue.
 * No other module depends on it.
 */
@ApplicationModule(displayName = "Feedback")
@NullMarked
package se.trygghetsdialog.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
