package se.trygghetsdialog.topic;

/** Whether the public pages show a topic: a resident's proposal waits for moderation. */
public enum TopicVisibility {
  PENDING,
  SHOWN,
  HIDDEN
}
