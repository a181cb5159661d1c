package se.trygghetsdialog.place.web;

import java.time.OffsetDateTime;

/** An earlier report of the same problem, offered instead of a new one. */
public record DuplicateView(
    String reportId, String categoryName, int agreements, OffsetDateTime reportedAt) {}
