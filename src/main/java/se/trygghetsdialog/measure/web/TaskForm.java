package se.trygghetsdialog.measure.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Raw input of the assign-response-task form. */
public record TaskForm(
    String creationToken, String recipient, String subject, String dueOn, String measureId) {

  public TaskForm(
      @Nullable String creationToken,
      @Nullable String recipient,
      @Nullable String subject,
      @Nullable String dueOn,
      @Nullable String measureId) {
    this.creationToken = creationToken == null ? "" : creationToken;
    this.recipient = recipient == null ? "" : recipient;
    this.subject = subject == null ? "" : subject;
    this.dueOn = dueOn == null ? "" : dueOn;
    this.measureId = measureId == null ? "" : measureId;
  }

  static TaskForm blank() {
    return new TaskForm(UUID.randomUUID().toString(), "", "", "", "");
  }
}
