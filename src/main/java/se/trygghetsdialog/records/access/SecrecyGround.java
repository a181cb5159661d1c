package se.trygghetsdialog.records.access;

import java.util.UUID;

/**
 * A legal ground for secrecy in the municipality's list: a chapter and section of the
 * offentlighets- och sekretesslagen (2009:400) and what it protects.
 *
 * @param verified whether the reference was checked against the law text when the list was made
 */
public record SecrecyGround(
    UUID id, int chapter, int section, String label, boolean verified, boolean active) {

  /** The reference as written in a decision and in a redacted copy, e.g. OSL 26 kap. 1 §. */
  public String reference() {
    return "OSL " + chapter + " kap. " + section + " §";
  }
}
