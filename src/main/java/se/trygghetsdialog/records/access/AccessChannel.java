package se.trygghetsdialog.records.access;

/** How a request for public access reached the municipality. */
public enum AccessChannel {
  EMAIL,
  LETTER,
  PHONE,
  VISIT,
  WEB_FORM
}
