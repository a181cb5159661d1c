package se.trygghetsdialog.topic.web;

import org.jspecify.annotations.Nullable;

/** The topic forms as typed, shown again after a refused submission. */
public final class TopicForms {

  private TopicForms() {}

  static String v(@Nullable String value) {
    return value == null ? "" : value;
  }

  /** A resident's proposal. */
  public record Propose(
      @Nullable String title,
      @Nullable String description,
      @Nullable String email,
      @Nullable String sendAnyway) {

    static Propose blank() {
      return new Propose("", "", "", "");
    }

    public String v(@Nullable String value) {
      return TopicForms.v(value);
    }

    public boolean sentAnyway() {
      return "yes".equals(sendAnyway) || "true".equals(sendAnyway);
    }
  }

  /** A topic staff enter. */
  public record Enter(
      @Nullable String title,
      @Nullable String description,
      @Nullable String origin,
      @Nullable String originReference) {

    static Enter blank() {
      return new Enter("", "", "", "");
    }

    public String v(@Nullable String value) {
      return TopicForms.v(value);
    }
  }

  /** A status change. */
  public record Status(@Nullable String version, @Nullable String status, @Nullable String reason) {

    public String v(@Nullable String value) {
      return TopicForms.v(value);
    }
  }

  /** The political decision to hold a dialogue. */
  public record Decision(
      @Nullable String version,
      @Nullable String creationToken,
      @Nullable String reason,
      @Nullable String decisionBodyId,
      @Nullable String decisionDate,
      @Nullable String decisionParagraph,
      @Nullable String decisionRegistration,
      @Nullable String areaId) {

    public String v(@Nullable String value) {
      return TopicForms.v(value);
    }
  }

  /** The case-file forms of a medborgarförslag: registration, referral and decision. */
  public record Case(
      @Nullable String version,
      @Nullable String registration,
      @Nullable String organisationId,
      @Nullable String dueOn,
      @Nullable String decisionBodyId,
      @Nullable String decisionDate,
      @Nullable String decisionParagraph,
      @Nullable String outcome,
      @Nullable String reasons) {

    static Case blank(int version) {
      return new Case(String.valueOf(version), "", "", "", "", "", "", "", "");
    }

    public String v(@Nullable String value) {
      return TopicForms.v(value);
    }
  }
}
