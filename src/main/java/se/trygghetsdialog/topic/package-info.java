/**
 * Topics (SKR step 0): the backlog of proposed dialogue topics. Elected officials and officials
 * propose topics through staff, who enter them with their origin; residents propose them in a
 * public form, anonymously, and their text is screened once and moderated like all resident text. A
 * topic is new, under consideration, decided to hold a dialogue, or not taken up, always with a
 * reason that the public topic page shows. The political decision to hold a dialogue creates the
 * dialogue through the dialogue module and keeps the link. A resident who proposed a topic may give
 * an e-mail address (double opt-in, never shown) to be told of each status change, and becomes a
 * follower of the dialogue the topic turns into.
 *
 * <p>API: {@link se.trygghetsdialog.topic.Topics} (queries), {@link
 * se.trygghetsdialog.topic.TopicProposers} (the confirmed addresses of a topic's proposers), the
 * actions {@link se.trygghetsdialog.topic.ProposeTopic}, {@link
 * se.trygghetsdialog.topic.EnterTopic}, {@link se.trygghetsdialog.topic.ChangeTopicStatus} and
 * {@link se.trygghetsdialog.topic.DecideDialogue}, and the events {@link
 * se.trygghetsdialog.topic.TopicStatusChanged} and {@link
 * se.trygghetsdialog.topic.TopicTurnedIntoDialogue}.
 */
@ApplicationModule(displayName = "Topics")
@NullMarked
package se.trygghetsdialog.topic;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
