package se.trygghetsdialog.session;

/**
 * A warning about planned sessions, shown to the team but never stopping it.
 *
 * @param messageKey the message; its argument 0 is the message of {@code argumentKey}, its argument
 *     1 the {@code subject}
 * @param argumentKey a message key, for example the holiday's name
 * @param subject the title of the session concerned; empty for a warning about all of them
 */
public record SessionWarning(String messageKey, String argumentKey, String subject) {}
