package se.trygghetsdialog.place.web;

import java.util.List;
import se.trygghetsdialog.place.Assignment;
import se.trygghetsdialog.place.AssignmentStatus;

/** A report in a worklist, with the statuses it may go to next. */
public record WorklistRow(
    Assignment assignment,
    String key,
    String organisationName,
    String categoryName,
    List<AssignmentStatus> next,
    String reason) {}
