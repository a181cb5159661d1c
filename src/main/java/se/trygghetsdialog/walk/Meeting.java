package se.trygghetsdialog.walk;

import java.time.LocalDateTime;

/** One of a walk's three meetings: when (local time in the municipality) and where. */
public record Meeting(LocalDateTime at, String place) {}
