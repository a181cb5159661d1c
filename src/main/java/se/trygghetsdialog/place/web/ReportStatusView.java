package se.trygghetsdialog.place.web;

import se.trygghetsdialog.place.PlaceReport;

/** The resident's view of their own report. */
public record ReportStatusView(PlaceReport report, String categoryName) {}
