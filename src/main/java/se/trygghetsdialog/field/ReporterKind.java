package se.trygghetsdialog.field;

/** What kind of rapportör filed a report; stored by name in {@code field_report.reporter_kind}. */
public enum ReporterKind {
  TRYGGHETSVARD,
  FALTARE,
  BOVARD,
  VAKTARE,
  OTHER
}
