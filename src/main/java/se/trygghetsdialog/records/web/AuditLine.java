package se.trygghetsdialog.records.web;

import se.trygghetsdialog.records.AuditEntry;

/** One line of the audit log as shown: the action translated and the actor's name looked up. */
public record AuditLine(AuditEntry entry, String action, String actor) {}
