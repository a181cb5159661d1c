package se.trygghetsdialog.records.incident;

/** The risk an incident poses to the people concerned (GDPR Art. 33 and 34). */
public enum IncidentRisk {
  /** Unlikely to result in a risk: need not be reported to IMY (the reason is recorded). */
  UNLIKELY,
  /** A risk: report to IMY within 72 hours. */
  RISK,
  /** A high risk: report to IMY and tell the people concerned. */
  HIGH_RISK
}
