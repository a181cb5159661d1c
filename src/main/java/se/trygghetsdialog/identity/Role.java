package se.trygghetsdialog.identity;

/** Staff roles (see {@code docs/architecture.md}). A person may hold several. */
public enum Role {
  ADMINISTRATOR,
  PROCESS_LEADER,
  CONVERSATION_LEADER,
  MODERATOR,
  ELECTED_OFFICIAL,
  SAFETY_COORDINATOR,
  FIELD_REPORTER,
  PARTNER,
  REGISTRAR,
  /** Reads, filters and exports the audit log; changes nothing. */
  AUDITOR;

  /** The Spring Security authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
