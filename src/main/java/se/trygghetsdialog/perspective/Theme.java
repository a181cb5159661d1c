package se.trygghetsdialog.perspective;

import java.util.UUID;

/** A theme the dialogue team defined to tag perspectives with; an archived theme tags no more. */
public record Theme(UUID id, UUID dialogueId, String name, String description, boolean archived) {}
