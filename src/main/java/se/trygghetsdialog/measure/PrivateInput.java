package se.trygghetsdialog.measure;

/**
 * What the holder of a private link may see of their own input beyond its public label: its state
 * (a message key of the owning module), the reason given if it was not published, and whether the
 * holder is told by e-mail when something happens (false when no address was given).
 */
public record PrivateInput(String stateKey, String reason, boolean notifiesHolder) {}
