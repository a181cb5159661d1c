package se.trygghetsdialog.field.web;

import java.util.UUID;
import se.trygghetsdialog.measure.OwnerKind;

/** The form of an action planned for next week, as typed. */
public record WeekActionForm(
    String token, String title, String description, String owner, String ownerKind) {

  static WeekActionForm blank() {
    return new WeekActionForm(
        UUID.randomUUID().toString(), "", "", "", OwnerKind.MUNICIPALITY.name());
  }
}
