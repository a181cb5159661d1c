package se.trygghetsdialog.topic;

import java.time.OffsetDateTime;

/**
 * One change of a topic’s status, as the public topic page lists it.
 *
 * @param reason the public reason given with the change
 */
public record TopicStatusChange(TopicStatus status, String reason, OffsetDateTime changedAt) {}
