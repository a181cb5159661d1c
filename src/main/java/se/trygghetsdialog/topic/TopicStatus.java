package se.trygghetsdialog.topic;

import java.util.EnumSet;
import java.util.Set;

/** Where a proposed topic stands. Every change has a reason that is shown publicly. */
public enum TopicStatus {
  NEW,
  UNDER_CONSIDERATION,
  DIALOGUE_DECIDED,
  NOT_TAKEN_UP;

  /**
   * The statuses a topic may move to from this one. A decided topic has become a dialogue and stays
   * so; a topic not taken up may be considered again.
   */
  public Set<TopicStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(UNDER_CONSIDERATION, DIALOGUE_DECIDED, NOT_TAKEN_UP);
      case UNDER_CONSIDERATION -> EnumSet.of(DIALOGUE_DECIDED, NOT_TAKEN_UP);
      case NOT_TAKEN_UP -> EnumSet.of(UNDER_CONSIDERATION);
      case DIALOGUE_DECIDED -> EnumSet.noneOf(TopicStatus.class);
    };
  }
}
