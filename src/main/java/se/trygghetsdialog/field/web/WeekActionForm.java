package se.trygghetsdialog.field.web;

import java.util.UUID;
import se.trygghetsdialog.measure.OwnerKind;

/** The form of an action planned for next week, as typed. */
public record WeekActionForm(
    String token, String title, String description, String owner, String ownerKind) {

  public WeekActionForm {
    token = token == null ? "" : token.strip();
    title = title == null ? "" : title.strip();
    description = description == null ? "" : description.strip();
    owner = owner == null ? "" : owner.strip();
    ownerKind = ownerKind == null ? "" : ownerKind;
  }

  static WeekActionForm blank() {
    return new WeekActionForm(
        UUID.randomUUID().toString(), "", "", "", OwnerKind.MUNICIPALITY.name());
  }

  /** As typed, with a new creation token if it had none that could be read. */
  WeekActionForm withToken() {
    try {
      return new WeekActionForm(
          UUID.fromString(token).toString(), title, description, owner, ownerKind);
    } catch (IllegalArgumentException e) {
      return new WeekActionForm(UUID.randomUUID().toString(), title, description, owner, ownerKind);
    }
  }
}
