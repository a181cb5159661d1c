package se.trygghetsdialog.measure.web;

/** Raw input of the assign-response-task form. */
public record TaskForm(
    String creationToken, String recipient, String subject, String dueOn, String measureId) {}
