package se.trygghetsdialog.topic;

import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/** Who may do what with the topic backlog: the only place these rules live. */
public final class TopicPolicy {

  /** The municipality's time zone, which sets today for deadlines and decision dates. */
  public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Stockholm");

  private TopicPolicy() {}

  /**
   * The safety coordinator, process leaders and administrators keep the backlog: enter topics for
   * elected officials and officials, and change a topic's status.
   */
  public static boolean mayManage(StaffPrincipal staff) {
    return staff.has(Role.SAFETY_COORDINATOR)
        || staff.has(Role.PROCESS_LEADER)
        || staff.has(Role.ADMINISTRATOR);
  }

  /**
   * Recording the political decision creates the dialogue, with the person recording it as its
   * process leader: only those who may create dialogues.
   */
  public static boolean mayDecide(StaffPrincipal staff) {
    return mayManage(staff) && DialoguePolicy.mayCreate(staff);
  }

  /**
   * Whether a topic may move to {@code target} now.
   *
   * @throws TopicRuleViolation naming the field and message key of the first rule broken
   */
  public static void checkStatusChange(Topic topic, TopicStatus target, String reason) {
    if (!topic.shown()) {
      throw new TopicRuleViolation("status", "topic.error.status.notShown");
    }
    if (!topic.status().next().contains(target)) {
      throw new TopicRuleViolation("status", "topic.error.status.notAllowed");
    }
    if (reason.isBlank()) {
      throw new TopicRuleViolation("reason", "topic.error.reason.required");
    }
  }

  /**
   * Whether a topic may be registered as a medborgarförslag: a shown topic whose origin is a
   * citizen proposal (a resident's proposal received on paper, by mail or through the e-service).
   *
   * @throws TopicRuleViolation naming the field and message key of the rule broken
   */
  public static void checkRegistration(Topic topic) {
    if (!topic.shown()) {
      throw new TopicRuleViolation("registration", "topic.error.proposal.notShown");
    }
    if (topic.origin() != se.trygghetsdialog.dialogue.TopicOrigin.CITIZEN_PROPOSAL) {
      throw new TopicRuleViolation("registration", "topic.error.proposal.notCitizenProposal");
    }
  }
}
