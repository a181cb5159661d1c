package se.trygghetsdialog.identity;

/** Whether a staff account can be used now, as shown to administrators. */
public enum StaffStatus {
  /** Activated and enabled. */
  ACTIVE,
  /** Invited; no password chosen yet. */
  INVITED,
  /** Disabled by an administrator. */
  DISABLED
}
