package se.trygghetsdialog.walk;

import java.util.UUID;

/** An organisation invited to a walk, with the address its share of the protocol goes to. */
public record Invitee(UUID organisationId, String name, String email) {}
