package se.trygghetsdialog.session;

/**
 * Where a session meets and how accessible the place is.
 *
 * @param name the venue's name and address
 * @param note anything else about accessibility, free text
 */
public record Venue(
    String name,
    boolean stepFree,
    boolean hearingLoop,
    boolean accessibleToilet,
    boolean publicTransport,
    String note) {}
