package se.trygghetsdialog.records.incident;

import java.time.LocalDate;
import java.util.UUID;

/** A decision or action taken on an incident, dated. */
public record IncidentAction(UUID id, LocalDate takenOn, String text) {}
