package se.trygghetsdialog.lagesbild.web;

import org.jspecify.annotations.Nullable;

/** The decision that adopts the lägesbild, as typed; a field not sent is empty. */
public record LagesbildAdoptForm(
    String expectedVersion,
    String adoptedBy,
    String adoptedOn,
    String paragraph,
    String registrationNumber) {

  public LagesbildAdoptForm(
      @Nullable String expectedVersion,
      @Nullable String adoptedBy,
      @Nullable String adoptedOn,
      @Nullable String paragraph,
      @Nullable String registrationNumber) {
    this.expectedVersion = expectedVersion == null ? "" : expectedVersion;
    this.adoptedBy = adoptedBy == null ? "" : adoptedBy;
    this.adoptedOn = adoptedOn == null ? "" : adoptedOn;
    this.paragraph = paragraph == null ? "" : paragraph;
    this.registrationNumber = registrationNumber == null ? "" : registrationNumber;
  }
}
