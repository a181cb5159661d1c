package se.trygghetsdialog.dialogue;

import java.util.UUID;

/** A member of the dialogue team, with the display name of the staff account. */
public record TeamMember(UUID accountId, String displayName, TeamRole role) {}
