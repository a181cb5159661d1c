package se.trygghetsdialog.session;

import java.util.UUID;

/** Something a session agreed on, a short text; a proposal in the measures register may link it. */
public record Agreement(UUID id, UUID sessionId, String text) {}
